package vn.tonghop.intake;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What intake knew of each file it archived, kept in the archive itself so the archive alone can tell
 * the database's story again ({@code rebuild}): beside each content, {@code .receipts} holds one line per
 * receipt of those bytes (the first and every repeat), written when the file is taken in, before its
 * receipt is committed: the run, when it was received and sent, its size, its name, where it came from,
 * who sent it. Appended only; a line cut short by a power cut is skipped when read. Archives from before
 * these notes have a content without them: then the file's own name and time are all that is known.
 * <p>
 * Line: {@code 1 TAB run TAB received TAB sent TAB size TAB name TAB source TAB sender}, times ISO-8601
 * instants, text escaped ({@code \\ \t \n \r}), an empty sender for none. An officer's acceptance of a
 * held receipt: {@code A TAB last run before it TAB accepted TAB the receipt's sent time}.
 */
public final class ArchiveReceipts {

    /** The notes' file in each content folder; never an archived file's name (those never start with "."). */
    public static final String FILE = ".receipts";
    private static final Logger log = LoggerFactory.getLogger(ArchiveReceipts.class);
    private static final Pattern HEX2 = Pattern.compile("[0-9a-f]{2}");
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");

    /** One receipt as intake recorded it. */
    public record Note(long runId, String fileName, String source, String sender, long sizeBytes, Instant sentAt,
                       Instant receivedAt) {
    }

    /**
     * An officer's acceptance of a receipt of these bytes held because of who sent it ({@code accept}):
     * the receipt by when it was sent, and the last run before the acceptance (the next one read it).
     */
    public record Acceptance(long afterRun, Instant sentAt, Instant acceptedAt) {
    }

    /**
     * One content: its bytes' file (null for bytes not kept, too large to read), every receipt noted
     * for it (none in an archive older than the notes) and the acceptances of its held receipts.
     */
    public record Content(String sha256, Path file, long sizeBytes, List<Note> notes, List<Acceptance> acceptances) {
    }

    private final Path root;

    public ArchiveReceipts(Path root) {
        this.root = root;
    }

    /**
     * Notes one more receipt of the bytes {@code sha256}, in their folder of the archive (made when the
     * bytes are not kept there: a file too large to read stays where it lies, its receipt is noted all the
     * same).
     */
    public void append(String sha256, Note note) throws IOException {
        appendLine(sha256, String.join("\t", "1", String.valueOf(note.runId()), note.receivedAt().toString(),
                note.sentAt().toString(), String.valueOf(note.sizeBytes()), escape(note.fileName()),
                escape(note.source()), escape(note.sender() == null ? "" : note.sender())) + "\n");
    }

    private void appendLine(String sha256, String line) throws IOException {
        Path folder = Files.createDirectories(root.resolve(sha256.substring(0, 2)).resolve(sha256));
        Path file = folder.resolve(FILE);
        if (!endsWithNewline(file)) {
            line = "\n" + line; // after a line cut short, start a new one
        }
        Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Notes that an officer accepted a held receipt of the bytes {@code sha256}. */
    public void appendAcceptance(String sha256, Acceptance a) throws IOException {
        appendLine(sha256, String.join("\t", "A", String.valueOf(a.afterRun()), a.acceptedAt().toString(),
                a.sentAt().toString()) + "\n");
    }

    /** Every content of the archive, with its notes, in no particular order. */
    public List<Content> contents() throws IOException {
        List<Content> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        for (Path folder : contentFolders(root)) {
            Path file = archivedFile(folder);
            List<Note> notes = new ArrayList<>();
            List<Acceptance> acceptances = new ArrayList<>();
            read(folder, notes, acceptances);
            if (file != null || !notes.isEmpty()) {
                out.add(new Content(folder.getFileName().toString(), file,
                        file == null ? notes.get(0).sizeBytes() : Files.size(file), notes, acceptances));
            }
        }
        return out;
    }

    /** How many contents the archive at {@code root} holds (0 when there is no archive). */
    public static long count(Path root) throws IOException {
        if (root == null || !Files.isDirectory(root)) {
            return 0;
        }
        long n = 0;
        for (Path folder : contentFolders(root)) {
            if (archivedFile(folder) != null) {
                n++;
            }
        }
        return n;
    }

    /** {@code <2 hex>/<sha256>} folders. */
    private static List<Path> contentFolders(Path root) throws IOException {
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> prefixes = Files.list(root)) {
            for (Path prefix : prefixes.filter(p -> HEX2.matcher(p.getFileName().toString()).matches()
                    && Files.isDirectory(p)).sorted().toList()) {
                try (Stream<Path> contents = Files.list(prefix)) {
                    contents.filter(p -> SHA.matcher(p.getFileName().toString()).matches() && Files.isDirectory(p))
                            .sorted().forEach(folders::add);
                }
            }
        }
        return folders;
    }

    /** The archived file of a content folder: its one regular file not starting with a dot. */
    static Path archivedFile(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> !p.getFileName().toString().startsWith(".") && Files.isRegularFile(p))
                    .sorted().findFirst().orElse(null);
        }
    }

    private static void read(Path folder, List<Note> notes, List<Acceptance> acceptances) throws IOException {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                if (f.length == 4 && f[0].equals("A")) {
                    acceptances.add(new Acceptance(Long.parseLong(f[1]), Instant.parse(f[3]), Instant.parse(f[2])));
                    continue;
                }
                if (f.length != 8 || !f[0].equals("1")) {
                    throw new IllegalArgumentException(f.length + " fields");
                }
                String sender = unescape(f[7]);
                notes.add(new Note(Long.parseLong(f[1]), unescape(f[5]), unescape(f[6]), sender.isEmpty() ? null : sender,
                        Long.parseLong(f[4]), Instant.parse(f[3]), Instant.parse(f[2])));
            } catch (RuntimeException e) {
                log.warn("Skipping an unreadable line of {}: {}", file, e.toString()); // cut short by a crash
            }
        }
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return true;
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            raf.seek(raf.length() - 1);
            return raf.read() == '\n';
        }
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
