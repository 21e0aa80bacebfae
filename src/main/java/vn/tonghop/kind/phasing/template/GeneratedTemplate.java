package vn.tonghop.kind.phasing.template;

import java.nio.file.Path;

import vn.tonghop.domain.Unit;

/** One template written: the unit it is for and its file (for sending it to the unit). */
public record GeneratedTemplate(Unit unit, Path file) {
}
