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
 * A submission's values in one row ({@code submission_values}), beside its fact rows: indicator, measure,
 * value and cell of each fact, in the facts' order, deflated. Every night reads every unit's current values
 * and the cells of its copied figures; from the fact rows that was two passes over 1.9 million rows at
 * 10,000 schools, from these 10,000 rows.
 *
 * <p>It holds each value as the fact row gives it back ({@link FactStore#value}), not as it was read: the
 * number at the column's scale ({@code NUMERIC(38, 12)}, rounded half up, as H2 and PostgreSQL store it),
 * the texts cut to the columns' lengths, a word as its normalized text. {@code ValuesBlobTest} holds the two
 * against each other, on H2 and on PostgreSQL, on the phasing sample workbooks and on values made to differ.
 * Written with the facts ({@link SubmissionStore#saveAll}), or from the fact rows for a submission stored
 * before the blobs ({@link SubmissionStore#addMissingValuesBlobs}).
 */
final class ValuesBlob {

    /** The scale of {@code fact.num_value}. */
    static final int SCALE = 12;
    /** The length of {@code fact.raw} and {@code fact.value_text}. */
    static final int TEXT = 4000;
    private static final int FORMAT = 1;
    private static final ValueKind[] KINDS = ValueKind.values();
    private static final Comparator[] COMPARATORS = Comparator.values();
    private static final ValueFlag[] FLAGS = ValueFlag.values();

    private ValuesBlob() {
    }

    /** One fact's place and value, as its row gives them back. */
    interface Sink {
        void accept(String indicatorCode, String measure, ParsedValue value, String cell);
    }

    /** The blob of these facts, their values as their rows will give them back ({@link #stored}). */
    static byte[] of(List<Fact> facts) {
        Writer w = new Writer(facts.size());
        for (Fact f : facts) {
            w.add(f.indicatorCode(), f.measure().code(), stored(f.value()), f.cell());
        }
        return w.blob();
    }

    /**
     * A value as its fact row gives it back ({@link FactStore#value}): the number at the column's scale
     * ({@code NUMERIC(38, 12)}, rounded half up, away from zero, as H2 and PostgreSQL store it), the raw
     * text cut to its column, the word of the kinds that have one as the normalized text, cut too.
     */
    static ParsedValue stored(ParsedValue v) {
        return new ParsedValue(cut(v.raw()), v.kind(),
                v.number() == null ? null : v.number().setScale(SCALE, RoundingMode.HALF_UP), v.comparator(),
                v.rankTotal(), v.truth(), FactStore.holdsWord(v.kind()) ? cut(v.normalized()) : null, v.flags());
    }

    /** A blob being made, fact after fact, of values as their rows give them back. */
    static final class Writer {
        private final Out out;
        private final Map<String, Integer> codes = new HashMap<>();
        private int count;

        Writer(int expected) {
            out = new Out(64 + expected * 24);
        }

        void add(String indicatorCode, String measure, ParsedValue stored, String cell) {
            out.code(codes, indicatorCode);
            out.code(codes, measure);
            out.text(cell);
            value(out, stored);
            count++;
        }

        /** Its format, the length of the facts once inflated, then the count and the facts deflated. */
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
                blob.count(FORMAT);
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
     * The facts in {@code blob}, in their order. A blob that is not whole (its zlib checksum, its length) or
     * not of this format is refused, with an {@link IllegalStateException}, before any fact is given.
     */
    static void read(byte[] blob, Sink sink) {
        byte[] plain = inflated(blob);
        try {
            In in = new In(plain);
            int n = in.count();
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String indicator = in.code(codes);
                String measure = in.code(codes);
                String cell = in.text();
                sink.accept(indicator, measure, value(in), cell);
            }
        } catch (IndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new IllegalStateException("unreadable values blob", e);
        }
    }

    private static byte[] inflated(byte[] blob) {
        Inflater inflater = new Inflater();
        try {
            In head = new In(blob);
            if (head.count() != FORMAT) {
                throw new IllegalStateException("unknown values format");
            }
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

    /** A value as it is ({@link #stored} made it what its row gives back). */
    private static void value(Out out, ParsedValue v) {
        out.count(v.kind().ordinal());
        out.text(v.raw());
        number(out, v.number());
        out.count(v.comparator() == null ? 0 : v.comparator().ordinal() + 1);
        out.count(v.rankTotal() == null ? 0 : 1);
        if (v.rankTotal() != null) {
            out.fixed(v.rankTotal());
        }
        out.count(v.truth() == null ? 0 : v.truth() ? 2 : 1);
        out.text(v.word());
        long flags = 0;
        for (ValueFlag f : v.flags()) {
            flags |= 1L << f.ordinal();
        }
        out.fixed(flags);
    }

    private static ParsedValue value(In in) {
        ValueKind kind = KINDS[in.count()];
        String raw = in.text();
        BigDecimal number = number(in);
        int cmp = in.count();
        Integer total = in.count() == 0 ? null : (int) in.fixed();
        int truth = in.count();
        String word = in.text();
        long bits = in.fixed();
        Set<ValueFlag> flags = bits == 0 ? Set.of() : EnumSet.noneOf(ValueFlag.class);
        for (int i = 0; bits != 0 && i < FLAGS.length; i++) {
            if ((bits & (1L << i)) != 0) {
                flags.add(FLAGS[i]);
            }
        }
        return new ParsedValue(raw, kind, number, cmp == 0 ? null : COMPARATORS[cmp - 1], total,
                truth == 0 ? null : truth == 2, word, flags);
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

    private static String cut(String s) {
        return s == null || s.length() <= TEXT ? s : s.substring(0, TEXT);
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

        /** A code (indicator, measure) by its number in the blob's codes, written out the first time; 0 for null. */
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
