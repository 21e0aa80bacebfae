package vn.tonghop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.tonghop.store.HeldFileStore.HeldFile;

/** How an officer names a held file for {@code accept}: the start of its hash, or its name. */
class AcceptCommandTest {

    static final HeldFile HELD = new HeldFile(7, 9, 2, "Bảng phân kỳ Phú Lộc.xlsx",
            "98c23d28a1223f00aa00aa00aa00aa00aa00aa00aa00aa00aa00aa00aa00aa00", "x@evil.example", "87715001",
            Instant.EPOCH, Path.of("archive/98/x.xlsx"));

    @Test
    void byTheStartOfItsHashInAnyCase() {
        assertThat(AcceptCommand.matches(HELD, "98c23d28a122")).isTrue();
        assertThat(AcceptCommand.matches(HELD, "98C23D")).isTrue();
        assertThat(AcceptCommand.matches(HELD, "98c23")).as("too short to be sure").isFalse();
        assertThat(AcceptCommand.matches(HELD, "98c23d28a123")).isFalse();
    }

    @Test
    void byItsNameWhateverTheCaseOrUnicodeComposition() {
        assertThat(AcceptCommand.matches(HELD, "bảng phân kỳ phú lộc.xlsx")).isTrue();
        assertThat(AcceptCommand.matches(HELD, Normalizer.normalize("Bảng phân kỳ Phú Lộc.xlsx",
                Normalizer.Form.NFD))).isTrue();
        assertThat(AcceptCommand.matches(HELD, "Phú Lộc.xlsx")).isFalse();
    }
}
