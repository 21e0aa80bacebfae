/**
 * Templates clerks fill, for every kind alike: the hook a kind implements ({@link vn.tonghop.template.KindTemplates}),
 * the office's template settings ({@code tonghop.template}), what was made ({@link vn.tonghop.template.GeneratedTemplate})
 * and the letter that hands each unit its templates ({@link vn.tonghop.template.TemplateMailer}). What a template
 * holds is the kind's own business, in its {@code template} package.
 */
package vn.tonghop.template;
