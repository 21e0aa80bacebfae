/**
 * Document kinds: each kind of workbook the offices collect is a package under {@code vn.tonghop.kind}
 * holding everything only it knows, plugged into the shared pipeline through {@link
 * vn.tonghop.kind.DocumentKind}. The pipeline (intake → recognise kind and unit → read → check → store
 * → consolidate → write → deliver) asks the kinds the office collects ({@code tonghop.kinds} in job.yml,
 * {@link vn.tonghop.kind.DocumentKinds}) and names none of them. A workbook may hold zero, one or several
 * documents (several kinds, or a sheet or a block per school): each is stored on its own, with its kind's code, its
 * unit, its outcome, its findings and its own versions (a unit's documents of one kind).
 *
 * <h2>Adding a kind, in five steps</h2>
 * <ol>
 *   <li><b>A package</b> {@code vn.tonghop.kind.<name>} with a class implementing {@link
 *       vn.tonghop.kind.DocumentKind}, annotated {@code @Component} (or a {@code @Bean}), declaring
 *       {@code public static final String CODE} (stable: it is stored with each document and written in
 *       job.yml) and a Vietnamese {@code title()}. It may use the shared packages (reading, validation,
 *       domain, value, text, reference…), never another kind.</li>
 *   <li><b>Recognise and read</b>: {@code recognise(OpenedWorkbook)} looks at the sheets as {@link
 *       vn.tonghop.reading.SheetGrid}s (never by position: by labels, compared with {@link
 *       vn.tonghop.text.VietnameseText}), gives each part it finds with the text that names its unit to
 *       {@link vn.tonghop.reading.OpenedWorkbook#owners} (template stamp, registry names, file name, a
 *       sheet or a block per school: all solved there), and returns a {@link vn.tonghop.reading.RecognisedDocument}
 *       per unit with its facts (the source cell of each) and reading notes; empty when the workbook holds
 *       none. {@code notFound()} says in Vietnamese what was looked for.</li>
 *   <li><b>Rules</b>: one class per rule ({@link vn.tonghop.validation.AbstractRule}, a stable code, a
 *       default severity, a Vietnamese message naming the cell), returned by {@code rules()} in report
 *       order; a rule checks against the office's registry and settings ({@link
 *       vn.tonghop.validation.RuleContext}) and the kind's own reference data (a catalogue, quotas), which
 *       the kind hands its rules. The file's outcome and a template's version are checked for every kind
 *       already.</li>
 *   <li><b>Outputs</b>, through {@link vn.tonghop.report.KindOutputs} (which {@code DocumentKind} extends;
 *       every method has a default, so a kind starts with none): {@code summarySheets} adds the kind's
 *       sheets to {@code summary.xlsx} ({@link vn.tonghop.report.SummaryBook}: the workbook, the styles,
 *       a guide line per sheet, its lines on «Thông tin» and under «Cách đọc»), called for the office and
 *       again for each district's copy ({@link vn.tonghop.report.OutputScope}); {@code acrossDocuments}
 *       gives findings across the units' documents (a steady night asks only for the units of the districts
 *       whose documents changed and carries the others' over: {@code dependsOn} must name whatever else the
 *       kind's findings and sheets for one district read, its own reference data and settings, documents of
 *       other districts; {@code settingsKey}, its own settings and reference data alone, so that a run with no
 *       new file still writes when they changed); {@code coverage} says who sent it when a document may
 *       stand for others (by default the units' current documents say it); {@code files} writes the kind's
 *       own files; {@code rowName} names a row code in {@code facts.csv}. A kind reads its units' current
 *       documents back from the store ({@link vn.tonghop.store.CurrentDocuments}). Its facts are in {@code
 *       facts.csv} (column {@code document}), its findings in the discrepancy report and the feedback
 *       workbooks, and its units in «Theo huyện» and «Chưa nộp» without more work. Its template, if it
 *       has one, through {@link vn.tonghop.template.KindTemplates} ({@code writeTemplate(unit, folder)},
 *       null for a unit it hands none): the {@code template} command and its mailer do the rest.</li>
 *   <li><b>Switch it on</b>: add its code to {@code tonghop.kinds} in the office's job.yml (an unknown
 *       code is refused at start-up with one line), and test it on real workbooks built in the test, as
 *       {@code RollCallKind} in the tests shows.</li>
 * </ol>
 */
package vn.tonghop.kind;
