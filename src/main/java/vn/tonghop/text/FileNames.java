package vn.tonghop.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.BreakIterator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * File names that fit the file system. Linux (ext4, XFS, Btrfs) allows 255 <em>bytes</em> per name,
 * and a Vietnamese letter with its marks is 2 or 3 bytes in UTF-8 ({@code ệ} is 3): a name of 100
 * letters may already be too long. Every name tonghop creates goes through {@link #cap}.
 */
public final class FileNames {

    /** Bytes per name on Linux file systems. */
    public static final int MAX_BYTES = 255;
    /**
     * For the outputs tonghop names after a school's file ({@code gop-y/<unit>_gop-y_<file>}), which
     * offices copy, mail and unpack elsewhere: room to spare for programs that add to a name (a
     * temporary copy beside it, {@code " (1)"}).
     */
    public static final int MAX_OUTPUT_BYTES = 200;
    /** A cut name ends with {@code ~} and this many hex digits of the whole name's hash, before its extension. */
    private static final int HASH_HEX = 8;
    /** Longest extension kept whole ({@code .xlsx}); a longer "extension" is just part of the name. */
    private static final int MAX_EXTENSION_BYTES = 16;
    private static final Pattern FORBIDDEN = Pattern.compile("[\\p{Cntrl}/\\\\:*?\"<>|]");

    private FileNames() {
    }

    /**
     * {@code name} with the characters some file system refuses (control characters, {@code / \ : * ?
     * " < > |}) replaced by {@code _}, spaces around it stripped: creatable on Linux and on an
     * office's Windows share alike. Not capped: see {@link #cap}.
     */
    public static String creatable(String name) {
        return FORBIDDEN.matcher(name).replaceAll("_").strip();
    }

    /** {@code name} as it is when it fits in {@link #MAX_BYTES}, else cut: see {@link #cap(String, int)}. */
    public static String cap(String name) {
        return cap(name, MAX_BYTES);
    }

    /**
     * {@code name} unchanged when its UTF-8 form fits in {@code maxBytes}; otherwise its start, a
     * {@code ~} and a short hash of the whole name, then its extension: at most {@code maxBytes}
     * bytes, the extension kept (the file still opens in Excel), never a letter cut in half (not even
     * a base letter from its combining marks), and two long names that differ only at their ends still
     * give two names. The same name always gives the same result.
     */
    public static String cap(String name, int maxBytes) {
        if (utf8Length(name) <= maxBytes) {
            return name;
        }
        String extension = extension(name);
        String base = name.substring(0, name.length() - extension.length());
        String tail = "~" + hash(name) + extension;
        int room = maxBytes - utf8Length(tail);
        if (room < 1) {
            throw new IllegalArgumentException("no room for a name in " + maxBytes + " bytes");
        }
        return prefix(base, room).strip() + tail;
    }

    /** Bytes of {@code s} in UTF-8. */
    public static int utf8Length(String s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSupplementaryCodePoint(c) ? 4 : 3;
            i += Character.charCount(c);
        }
        return bytes;
    }

    /** {@code .xlsx} of {@code bảng.xlsx}; empty when there is none, or it is not a short one. */
    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return "";
        }
        String ext = name.substring(dot);
        return utf8Length(ext) <= MAX_EXTENSION_BYTES && ext.indexOf(' ') < 0 ? ext : "";
    }

    /** The longest start of {@code s} of whole characters (user-perceived) that fits in {@code bytes}. */
    private static String prefix(String s, int bytes) {
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(s);
        int end = 0;
        int used = 0;
        for (int next = characters.next(); next != BreakIterator.DONE; next = characters.next()) {
            int size = utf8Length(s.substring(end, next));
            if (used + size > bytes) {
                break;
            }
            used += size;
            end = next;
        }
        return s.substring(0, end);
    }

    private static String hash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_HEX);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
