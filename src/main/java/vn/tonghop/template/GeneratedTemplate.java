package vn.tonghop.template;

import java.nio.file.Path;

import vn.tonghop.domain.Unit;

/**
 * One template written: the unit it is for, its file, and the words its letter uses.
 *
 * @param unit      the unit the template is pre-filled for
 * @param kind      the code of the document kind it is a template of
 * @param file      the workbook written
 * @param title     what it is, as a subject line says it: {@code Mẫu bảng phân kỳ chỉ tiêu 2022–2025 (phiên bản 2023.1)}
 * @param howToFill the letter's paragraph telling the clerk what is pre-filled and what to enter
 */
public record GeneratedTemplate(Unit unit, String kind, Path file, String title, String howToFill) {
}
