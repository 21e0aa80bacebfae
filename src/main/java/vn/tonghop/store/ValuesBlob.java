package vn.tonghop.store;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import vn.tonghop.domain.Fact;
import vn.tonghop.value.Comparator;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.ValueFlag;
import vn.tonghop.value.ValueKind;

/**
 * A submission's facts in one row ({@code submission_values}), in the facts' order, deflated: each one's unit,
 * indicator, row name, measure, value, normalized text and cell, all a fact row held. Every night reads every
 * unit's current values and the cells of its copied figures, and the run's outputs list every fact: from the
 * fact rows that was passes over 1.9 million rows at 10,000 schools, from these 10,000 rows; and storing the
 * rows was a quarter of a first night's CPU.
 *
 * <p>Two formats. {@value #FACTS} (schema 12 on) holds the whole facts, and its submission has no fact rows.
 * {@value #VALUES} holds indicator, measure, value and cell only, beside the submission's fact rows: the
 * blobs of submissions stored before schema 12 ({@link SubmissionStore#addMissingValuesBlobs} makes it
 * from the rows for those stored before schema 11). So a submission's facts are its blob's when it holds
 * facts ({@link #holdsFacts}), else its fact rows.
 *
 * <p>It holds each value as the fact row gives it back ({@link FactStore#value}), not as it was read: the
 * number at the column's scale ({@code NUMERIC(38, 12)}, rounded half up, as H2 and PostgreSQL store it),
 * the texts cut to the columns' lengths, a word as its normalized text. {@code ValuesBlobTest} holds the two
 * against each other, on H2 and on PostgreSQL, on the phasing sample workbooks and on values made to differ.
 */
final class ValuesBlob {

    /** The scale of {@code fact.num_value}. */
    static final int SCALE = 12;
    /** The length of {@code fact.raw} and {@code fact.value_text}. */
    static final int TEXT = 4000;
    /** The length of {@code fact.row_name}. */
    static final int ROW_NAME = 1000;
    /** The format of a blob that holds values only, beside its submission's fact rows. */
    static final int VALUES = 1;
    /** The format of a blob that holds its submission's whole facts (it has no fact rows). */
    static final int FACTS = 2;
    private static final ValueKind[] KINDS = ValueKind.values();
    private static final Comparator[] COMPARATORS = Comparator.values();
    private static final ValueFlag[] FLAGS = ValueFlag.values();

    private ValuesBlob() {
    }

    /** One fact's place and value, as its row gives them back. */
    interface Sink {
        void accept(String indicatorCode, String measure, ParsedValue value, String cell);
    }

    /** One fact whole, as its row gives it back: {@code valueText} is the row's normalized text, of any kind. */
    interface FactSink {
        void accept(String unitCode, String indicatorCode, String rowName, String measure, ParsedValue value,
                    String valueText, String cell);
    }

    /** The blob of these whole facts ({@value #FACTS}), as their rows would give them back ({@link #stored}). */
    static byte[] of(List<Fact> facts) {
        Writer w = new Writer(facts.size(), FACTS);
        for (Fact f : facts) {
            w.add(f.unitCode(), f.indicatorCode(), cut(f.rowName(), ROW_NAME), f.measure().code(),
                    stored(f.value()), cut(f.value().normalized(), TEXT), f.cell());
        }
        return w.blob();
    }

    /** Whether the blob holds its submission's whole facts ({@value #FACTS}); a damaged one does not. */
    static boolean holdsFacts(byte[] blob) {
        return blob != null && blob.length > 0 && blob[0] == FACTS;
    }

    /**
     * A value as its fact row gives it back ({@link FactStore#value}): the number at the column's scale
     * ({@code NUMERIC(38, 12)}, rounded half up, away from zero, as H2 and PostgreSQL store it), the raw
     * text cut to its column, the word of the kinds that have one as the normalized text, cut too.
     */
    static ParsedValue stored(ParsedValue v) {
        return new ParsedValue(cut(v.raw(), TEXT), v.kind(),
                v.number() == null ? null : v.number().setScale(SCALE, RoundingMode.HALF_UP), v.comparator(),
                v.rankTotal(), v.truth(), FactStore.holdsWord(v.kind()) ? cut(v.normalized(), TEXT) : null, v.flags());
    }

    /** A blob being made, fact after fact, of values as their rows give them back. */
    static final class Writer {
        private final Out out;
        private final Map<String, Integer> codes = new HashMap<>();
        private final int format;
        private int count;

        /** A blob of values only ({@value #VALUES}), for a submission whose facts are rows. */
        Writer(int expected) {
            this(expected, VALUES);
        }

        private Writer(int expected, int format) {
            this.out = new Out(64 + expected * 24);
            this.format = format;
        }

        /** A fact's value and place, in a blob of values. */
        void add(String indicatorCode, String measure, ParsedValue stored, String cell) {
            out.code(codes, indicatorCode);
            out.code(codes, measure);
            out.text(cell);
            value(out, stored, stored.word());
            count++;
        }

        /** A whole fact, in a blob of facts: the value's word is its normalized text then, of any kind. */
        private void add(String unitCode, String indicatorCode, String rowName, String measure, ParsedValue stored,
                         String valueText, String cell) {
            out.code(codes, unitCode);
            out.code(codes, rowName);
            out.code(codes, indicatorCode);
            out.code(codes, measure);
            out.text(cell);
            value(out, stored, valueText);
            count++;
        }

        /**
         * Its format, for a blob of facts their count, the length of the facts once inflated, then the count
         * and the facts deflated.
         */
        byte[] blob() {
            Out plain = new Out(5 + out.size);
            plain.count(count);
            plain.room(out.size);
            System.arraycopy(out.bytes, 0, plain.bytes, plain.size, out.size);
            plain.size += out.size;
            Deflater deflater = new Deflater(Deflater.BEST_SPEED);
            try {
                deflater.setInput(plain.bytes, 0, plain.size);
                deflater.finish();
                Out blob = new Out(16 + plain.size / 2);
                blob.count(format);
                if (format == FACTS) {
                    blob.count(count);
                }
                blob.count(plain.size);
                while (!deflater.finished()) {
                    blob.room(4096);
                    blob.size += deflater.deflate(blob.bytes, blob.size, blob.bytes.length - blob.size);
                }
                return Arrays.copyOf(blob.bytes, blob.size);
            } finally {
                deflater.end();
            }
        }
    }

    /**
     * The values in {@code blob}, of either format, in their facts' order. A blob that is not whole (its zlib
     * checksum, its length) or of no format known is refused, with an {@link IllegalStateException}, before
     * any value is given.
     */
    static void read(byte[] blob, Sink sink) {
        readFacts(blob, (unit, indicator, rowName, measure, value, valueText, cell) ->
                sink.accept(indicator, measure, value, cell), true);
    }

    /**
     * The whole facts in a blob of facts ({@link #holdsFacts}), in their order; refused as {@link #read}
     * refuses, and so is a blob of values.
     */
    static void readFacts(byte[] blob, FactSink sink) {
        readFacts(blob, sink, false);
    }

    private static void readFacts(byte[] blob, FactSink sink, boolean valuesWillDo) {
        In head = new In(blob);
        int format;
        byte[] plain;
        try {
            format = head.count();
            if (format != FACTS && !(format == VALUES && valuesWillDo)) {
                throw new IllegalStateException("unknown values format " + format);
            }
            if (format == FACTS) {
                head.count();
            }
            plain = inflated(blob, head);
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalStateException("unreadable values blob", e);
        }
        try {
            In in = new In(plain);
            int n = in.count();
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String unit = format == FACTS ? in.code(codes) : null;
                String rowName = format == FACTS ? in.code(codes) : null;
                String indicator = in.code(codes);
                String measure = in.code(codes);
                String cell = in.text();
                ValueKind kind = KINDS[in.count()];
                String raw = in.text();
                BigDecimal number = number(in);
                int cmp = in.count();
                Integer total = in.count() == 0 ? null : (int) in.fixed();
                int truth = in.count();
                String text = in.text();
                Set<ValueFlag> flags = flags(in.fixed());
                // a blob of values holds the word, one of facts the normalized text (the word of some kinds)
                String word = format == VALUES || FactStore.holdsWord(kind) ? text : null;
                sink.accept(unit, indicator, rowName, measure, new ParsedValue(raw, kind, number,
                        cmp == 0 ? null : COMPARATORS[cmp - 1], total, truth == 0 ? null : truth == 2, word, flags),
                        text, cell);
            }
        } catch (IndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new IllegalStateException("unreadable values blob", e);
        }
    }

    /** The blob's facts inflated, {@code head} being past its format (and count). */
    private static byte[] inflated(byte[] blob, In head) {
        Inflater inflater = new Inflater();
        try {
            int length = head.count();
            // deflate shrinks by at most about 1,000 to 1: a larger length is not this blob's
            if (length < 0 || length > 1100L * blob.length + 64) {
                throw new IllegalStateException("values blob of an impossible length");
            }
            byte[] plain = new byte[length + 1]; // one more: longer than it says is not whole either
            inflater.setInput(blob, head.at, blob.length - head.at);
            int got = 0;
            while (!inflater.finished() && got < plain.length) {
                int n = inflater.inflate(plain, got, plain.length - got);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                got += n;
            }
            if (got != length || !inflater.finished()) {
                throw new IllegalStateException("values blob not whole");
            }
            return plain;
        } catch (DataFormatException | IndexOutOfBoundsException e) {
            throw new IllegalStateException("unreadable values blob", e);
        } finally {
            inflater.end();
        }
    }

    /**
     * A value as it is ({@link #stored} made it what its row gives back), with {@code text} for its word: the
     * word in a blob of values, the normalized text in one of facts.
     */
    private static void value(Out out, ParsedValue v, String text) {
        out.count(v.kind().ordinal());
        out.text(v.raw());
        number(out, v.number());
        out.count(v.comparator() == null ? 0 : v.comparator().ordinal() + 1);
        out.count(v.rankTotal() == null ? 0 : 1);
        if (v.rankTotal() != null) {
            out.fixed(v.rankTotal());
        }
        out.count(v.truth() == null ? 0 : v.truth() ? 2 : 1);
        out.text(text);
        long flags = 0;
        for (ValueFlag f : v.flags()) {
            flags |= 1L << f.ordinal();
        }
        out.fixed(flags);
    }

    private static Set<ValueFlag> flags(long bits) {
        Set<ValueFlag> flags = bits == 0 ? Set.of() : EnumSet.noneOf(ValueFlag.class);
        for (int i = 0; bits != 0 && i < FLAGS.length; i++) {
            if ((bits & (1L << i)) != 0) {
                flags.add(FLAGS[i]);
            }
        }
        return flags;
    }

    /** A number at scale 12: its unscaled value in 8 bytes when it fits, else its bytes. */
    private static void number(Out out, BigDecimal n) {
        if (n == null) {
            out.count(0);
            return;
        }
        BigInteger unscaled = n.setScale(SCALE, RoundingMode.HALF_UP).unscaledValue();
        if (unscaled.bitLength() < 64) {
            out.count(1);
            out.fixed(unscaled.longValue());
        } else {
            byte[] b = unscaled.toByteArray();
            out.count(2);
            out.count(b.length);
            out.room(b.length);
            System.arraycopy(b, 0, out.bytes, out.size, b.length);
            out.size += b.length;
        }
    }

    private static BigDecimal number(In in) {
        return switch (in.count()) {
            case 0 -> null;
            case 1 -> BigDecimal.valueOf(in.fixed(), SCALE);
            default -> {
                int n = in.count();
                byte[] b = Arrays.copyOfRange(in.bytes, in.at, in.at + n);
                in.at += n;
                yield new BigDecimal(new BigInteger(b), SCALE);
            }
        };
    }

    private static String cut(String s, int length) {
        return s == null || s.length() <= length ? s : s.substring(0, length);
    }

    /** Bytes being written: counts of 7 bits a byte, fixed 8-byte numbers, texts, codes. */
    private static final class Out {
        byte[] bytes;
        int size;

        Out(int capacity) {
            bytes = new byte[capacity];
        }

        void room(int n) {
            if (bytes.length - size < n) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
            }
        }

        /** A count of at least 0, in 1 to 5 bytes. */
        void count(int n) {
            room(5);
            while ((n & ~0x7F) != 0) {
                bytes[size++] = (byte) ((n & 0x7F) | 0x80);
                n >>>= 7;
            }
            bytes[size++] = (byte) n;
        }

        void fixed(long v) {
            room(8);
            for (int shift = 56; shift >= 0; shift -= 8) {
                bytes[size++] = (byte) (v >>> shift);
            }
        }

        /**
         * A text, or null: its length plus one (0 for null), then each UTF-16 unit as a count (a letter of
         * Vietnamese in 2 bytes), so any string comes back as it went in, a lone surrogate too.
         */
        void text(String s) {
            if (s == null) {
                count(0);
                return;
            }
            count(s.length() + 1);
            room(3 * s.length());
            for (int i = 0; i < s.length(); i++) {
                count(s.charAt(i));
            }
        }

        /**
         * A text a blob repeats (unit, row name, indicator, measure) by its number in the blob's codes, written
         * out the first time; 0 for null.
         */
        void code(Map<String, Integer> codes, String code) {
            if (code == null) {
                count(0);
                return;
            }
            Integer known = codes.get(code);
            if (known != null) {
                count(known + 2);
                return;
            }
            codes.put(code, codes.size());
            count(1);
            text(code);
        }
    }

    /** Bytes being read, as {@link Out} wrote them. */
    private static final class In {
        final byte[] bytes;
        int at;

        In(byte[] bytes) {
            this.bytes = bytes;
        }

        int count() {
            int n = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = bytes[at++] & 0xFF;
                n |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return n;
                }
            }
            throw new IllegalStateException("values blob: count too long");
        }

        long fixed() {
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (bytes[at++] & 0xFF);
            }
            return v;
        }

        String text() {
            int n = count();
            if (n == 0) {
                return null;
            }
            char[] chars = new char[n - 1];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = (char) count();
            }
            return new String(chars);
        }

        String code(List<String> codes) {
            int n = count();
            if (n == 0) {
                return null;
            }
            if (n == 1) {
                String code = text();
                codes.add(code);
                return code;
            }
            return codes.get(n - 2);
        }
    }
}
