package vn.tonghop.kind.selfassessment.reading;

import vn.tonghop.reading.GridCell;

/**
 * What a criterion row holds under one result column: {@code level} 0 for Không đạt, 1–4 for Mức 1–4;
 * {@code marked} for {@code X}, {@code x}, {@code ✓}, {@code 1}…; {@code unreadable} for text that is
 * neither a mark nor a blank ({@code Đạt}, {@code 2}), kept so a check can name it.
 */
public record MarkCell(int level, GridCell cell, boolean marked, boolean unreadable) {

    public String ref() {
        return cell.ref();
    }

    public String raw() {
        return cell.content().text() == null ? "" : cell.content().text();
    }
}
