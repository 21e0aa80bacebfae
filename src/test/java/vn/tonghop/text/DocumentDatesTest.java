package vn.tonghop.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DocumentDatesTest {

    @Test
    void readsADateWrittenWithNumbersOrInWords() {
        assertThat(DocumentDates.in("Kèm theo Kế hoạch số: 240 /KH- THTTB2 ngày 13 tháng 11 năm 2023 của trường"))
                .isEqualTo(LocalDate.of(2023, 11, 13));
        assertThat(DocumentDates.in("ngày 05/9/2024")).isEqualTo(LocalDate.of(2024, 9, 5));
        assertThat(DocumentDates.in("ngày 5 - 9 - 2024")).isEqualTo(LocalDate.of(2024, 9, 5));
    }

    @Test
    void numbersComeFirstAndAnImpossibleDateIsNone() {
        assertThat(DocumentDates.in("ngày 1 tháng 2 năm 2023, sửa ngày 03.04.2024")).isEqualTo(LocalDate.of(2024, 4, 3));
        assertThat(DocumentDates.in("ngày 31/02/2024")).isNull();
        assertThat(DocumentDates.in("ngày … tháng … năm 2024")).isNull();
    }
}
