package vn.tonghop.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InternerTest {

    @Test
    void equalTextsBecomeTheFirstInstanceUntilTheTableIsFull() {
        Interner<String> texts = new Interner<>(2);
        String a = new String("Sai tổng");
        String b = new String("92,7");
        assertThat(texts.of(a)).isSameAs(a);
        assertThat(texts.of(new String("Sai tổng"))).isSameAs(a);
        assertThat(texts.of(b)).isSameAs(b);
        assertThat(texts.of(new String("92,7"))).isSameAs(b);

        String third = new String("< 0,05");
        String again = new String("< 0,05");
        assertThat(texts.of(third)).isSameAs(third);
        assertThat(texts.of(again)).as("past its capacity the table keeps nothing new").isSameAs(again);
        assertThat(texts.of(new String("Sai tổng"))).as("what it holds is still shared").isSameAs(a);
        assertThat(texts.of(null)).isNull();
    }
}
