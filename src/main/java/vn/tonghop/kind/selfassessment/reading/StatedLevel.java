package vn.tonghop.kind.selfassessment.reading;

/**
 * A line below the grid stating the school's level: {@code Kết quả: Đạt Mức 1} ({@link Kind#RESULT}) or
 * {@code Kết luận: Trường đạt Mức 1, không đạt Mức 2} ({@link Kind#CONCLUSION}). {@code level} is the
 * highest level it says the school reaches (0: not Mức 1), null when the line names none.
 */
public record StatedLevel(Kind kind, String cell, String text, Integer level) {

    public enum Kind {
        RESULT("Kết quả"), CONCLUSION("Kết luận");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
