package vn.tonghop.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * "A unit's latest file" is one order: the {@code submission_version} view numbers versions by it, and
 * the queries for a run's files and each unit's last file of a run order by {@link ArrivalOrder#SQL}.
 */
class ArrivalOrderTest {

    private static final String VIEW = "CREATE VIEW submission_version";

    @Test
    void theVersionsViewOrdersVersionsAsTheStoreDoes() throws IOException {
        String view = null;
        String migration = null;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration/common"))) {
            for (Path f : files.sorted(Comparator.comparingInt(ArrivalOrderTest::version)).toList()) {
                String sql = Files.readString(f);
                if (sql.contains(VIEW)) {
                    view = sql.substring(sql.lastIndexOf(VIEW));
                    migration = f.getFileName().toString();
                }
            }
        }
        assertThat(view).as("a migration creates the view").isNotNull();
        assertThat(view.replaceAll("\\s+", " ")).as(migration)
                .contains("ORDER BY " + ArrivalOrder.SQL + ") AS version");
    }

    /** {@code V7__document_kinds.sql} is 7. */
    private static int version(Path migration) {
        String name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }
}
