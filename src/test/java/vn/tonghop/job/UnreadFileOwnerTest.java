package vn.tonghop.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.validation.SenderCheck;

/** Whose unread file it is: the school's own address first, else the school its name names. */
class UnreadFileOwnerTest {

    static final UnitRegistry REGISTRY = UnitRegistry.load(Path.of("jobs/so-dong-thap/registry.csv"));
    final UnreadFileOwner owners = new UnreadFileOwner(REGISTRY, new SenderCheck(REGISTRY, null, null));

    @Test
    void aBrokenFileDroppedInTheInboxIsTheSchoolItsNameNames() {
        assertThat(owner("TH_PhuLoc_bi_hong.xlsx", null)).isEqualTo("87715001");
        assertThat(owner("87715003 ke hoach.xlsx", null)).isEqualTo("87715003"); // a registry code in the name
        assertThat(owner("Long Khánh (mật khẩu).xlsx", "")).isEqualTo("87715005");
        assertThat(owner("bao_cao.xlsx", null)).isNull();
    }

    @Test
    void theSchoolsOwnAddressWinsAndAStrangersFileStaysUnattributed() {
        assertThat(owner("TH_PhuLoc_bi_hong.xlsx", "th.phuloc@example.vn")).isEqualTo("87715001");
        assertThat(owner("TH_PhuLoc_bi_hong.xlsx", "TH.BinhMinh@example.vn")).isEqualTo("87715002");
        // the named school did not send it: it is not told, the office sees the file without a school
        assertThat(owner("TH_PhuLoc_bi_hong.xlsx", "ai.do@gmail.com")).isNull();
    }

    @Test
    void aReadFileOrOneAlreadyAttributedIsLeftAlone() {
        Submission read = new Submission("TH_PhuLoc.xlsx", "p", "0", 1, FileOutcome.READ, null, "87715002", null, null,
                null, java.util.List.of(), java.util.List.of());
        assertThat(owners.attribute(read, null)).isSameAs(read);
        Submission unknown = Submission.failed("TH_PhuLoc.xlsx", "p", "0", 1, FileOutcome.UNREADABLE, "hỏng")
                .attributedTo("87715004");
        assertThat(owners.attribute(unknown, null).unitCode()).isEqualTo("87715004");
    }

    private String owner(String fileName, String sender) {
        Submission s = Submission.failed(fileName, "archive/" + fileName, "0".repeat(64), 10, FileOutcome.UNREADABLE,
                "Tệp bị hỏng.");
        return owners.attribute(s, sender).unitCode();
    }
}
