package vn.tonghop.kind;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.tonghop.kind.implementation.ImplementationReportKind;
import vn.tonghop.kind.phasing.PhasingKind;
import vn.tonghop.kind.plan.PlanKind;
import vn.tonghop.kind.selfassessment.SelfAssessmentKind;

/** A kind that reads another kind's stored facts by its code in KindCodes finds them under that kind's own code. */
class KindCodesTest {

    @Test
    void eachCodeIsTheKindsOwn() {
        assertThat(KindCodes.PHASING).isEqualTo(PhasingKind.CODE);
        assertThat(KindCodes.SELF_ASSESSMENT).isEqualTo(SelfAssessmentKind.CODE);
        assertThat(KindCodes.PLAN).isEqualTo(PlanKind.CODE);
        assertThat(KindCodes.IMPLEMENTATION_REPORT).isEqualTo(ImplementationReportKind.CODE);
    }
}
