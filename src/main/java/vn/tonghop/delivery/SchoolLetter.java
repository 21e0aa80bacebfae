package vn.tonghop.delivery;

import java.util.function.Supplier;

import vn.tonghop.domain.Unit;

/**
 * A school a run writes to, and what it is told, read only when its letter is composed: a night's
 * letters are then composed one at a time, each sent before the next is read, so a night of 100,000
 * schools never holds every school's findings at once (1.1 million of them, more than a {@code -Xmx1g}
 * night has room for beside its outputs).
 *
 * @param unit     the school (its e-mail from the registry, read without reading its feedback)
 * @param feedback the school's feedback, read anew at each call (a letter that fails is composed again
 *                 for its next try)
 */
public record SchoolLetter(Unit unit, Supplier<SchoolFeedback> feedback) {

    /** A letter whose feedback is already read. */
    public static SchoolLetter of(SchoolFeedback feedback) {
        return new SchoolLetter(feedback.unit(), () -> feedback);
    }
}
