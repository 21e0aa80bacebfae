package vn.tonghop.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Hands the job every file in the inbox (sub-folders included), in a stable order, one at a time.
 * Only paths are listed up front; workbooks are opened one by one downstream. Office temp files
 * ({@code ~$…}, {@code .~lock…#}) and hidden files are not submissions and are left alone.
 */
public class InboxReader implements ItemStreamReader<Path> {

    private static final String POSITION = "inbox.position";

    private final Path inbox;
    private List<Path> files = List.of();
    private int position;

    public InboxReader(Path inbox) {
        this.inbox = inbox;
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        if (!Files.isDirectory(inbox)) {
            throw new ItemStreamException("inbox folder does not exist: " + inbox.toAbsolutePath());
        }
        try (Stream<Path> walk = Files.walk(inbox)) {
            files = walk.filter(Files::isRegularFile).filter(InboxReader::isSubmission).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list inbox " + inbox, e);
        }
        position = context.getInt(POSITION, 0);
    }

    static boolean isSubmission(Path p) {
        String name = p.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith("~$") && !name.startsWith(".") && !lower.endsWith(".tmp")
                && !lower.endsWith(".part") && !lower.endsWith(".crdownload")
                && !lower.endsWith(".md") && !lower.endsWith(".csv");
    }

    @Override
    public Path read() {
        return position < files.size() ? files.get(position++) : null;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(POSITION, position);
    }

    public int total() {
        return files.size();
    }
}
