package vn.tonghop.kind.phasing.outliers;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a value is far from its peers or from the unit's previous version ({@code tonghop.outliers} in
 * job.yml). Both are information, never an error.
 *
 * @param threshold how far, as a robust z-score ({@code 0.6745 × (x − median) / MAD} over the units of
 *                  the same node), a value is an outlier (default 3.5)
 * @param jump      a change from the unit's previous version beyond this share of the previous value
 *                  is a jump (default 0.5: half)
 * @param minPeers  peers needed at a node before anyone is called far from them (default 5)
 */
@ConfigurationProperties("tonghop.outliers")
public record OutlierSettings(@DefaultValue("3.5") BigDecimal threshold, @DefaultValue("0.5") BigDecimal jump,
                              @DefaultValue("5") int minPeers) {

    public OutlierSettings {
        if (threshold == null || threshold.signum() <= 0) {
            throw new IllegalArgumentException("tonghop.outliers.threshold phải là một số dương, ví dụ 3.5");
        }
        if (jump == null || jump.signum() <= 0) {
            throw new IllegalArgumentException("tonghop.outliers.jump phải là một số dương, ví dụ 0.5 (một nửa)");
        }
        if (minPeers < 3) {
            throw new IllegalArgumentException("tonghop.outliers.min-peers phải từ 3 trở lên");
        }
    }

    public static OutlierSettings defaults() {
        return new OutlierSettings(new BigDecimal("3.5"), new BigDecimal("0.5"), 5);
    }
}
