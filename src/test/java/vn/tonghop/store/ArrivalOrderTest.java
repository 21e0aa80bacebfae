package vn.tonghop.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * "A unit's latest file" is one order: the {@code submission_version} view numbers versions by it, and
 * the queries for a run's files and each unit's last file of a run order by {@link ArrivalOrder#SQL}.
 */
class ArrivalOrderTest {

    @Test
    void theVersionsViewOrdersVersionsAsFilesArrived() throws IOException {
        String migration;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/common/V4__intake_versions_deliveries.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String view = migration.substring(migration.indexOf("CREATE VIEW submission_version"));
        assertThat(view).contains("PARTITION BY s.unit_code ORDER BY " + ArrivalOrder.SQL + ")");
    }
}
