package vn.tonghop.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * {@code --help}, {@code -h} and {@code help}: the usage text, printed before anything else happens. A
 * listener on the very first event of a start (registered in {@code META-INF/spring.factories}), so the
 * configuration checks, the office's lock and the database never run: asking for help must not start a
 * consolidation or send mail. It ends the start with {@link EarlyExit} code 0, as
 * {@code TonghopApplication.main} and tests calling {@code SpringApplication.run} both expect. A command that
 * does not exist is told the same way, with code 2.
 */
public final class Help implements ApplicationListener<ApplicationStartingEvent>, Ordered {

    /** Each command's one line, in the order the usage lists them; {@link Command#usage()} reads it. */
    static final Map<String, String> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("run", "tổng hợp ngay một lần (mặc định khi không ghi lệnh); chạy tiếp lần trước nếu nó bị ngắt");
        COMMANDS.put("schedule", "chạy thường trực, tổng hợp theo lịch tonghop.cron (mặc định 2 giờ sáng mỗi ngày)");
        COMMANDS.put("status", "các lần tổng hợp gần nhất; «status <mã đơn vị>»: các phiên bản đơn vị đã gửi");
        COMMANDS.put("accept", "«accept <mã tệp | tên tệp>»: dùng tệp đang giữ vì người gửi lạ; không tham số: "
                + "liệt kê tệp đang giữ");
        COMMANDS.put("template", "«template [mã đơn vị]»: tạo mẫu nhập liệu của từng loại trong tonghop.kinds cho đơn "
                + "vị đó và các đơn vị trực thuộc (mặc định: tất cả)");
        COMMANDS.put("check", "«check <tệp | thư mục>… [-o thư mục]»: kiểm tra bảng tính, ghi sai sót ra màn hình và "
                + "tệp kiem-tra_….xlsx; không nhận tệp vào, không lưu gì, không gửi thư");
        COMMANDS.put("rebuild", "dựng lại cơ sở dữ liệu bị mất từ kho lưu tệp (không gửi thư nào)");
        COMMANDS.put("help", "in hướng dẫn này (cũng: --help, -h); không chạy gì, không mở cơ sở dữ liệu");
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void onApplicationEvent(ApplicationStartingEvent event) {
        String[] args = event.getArgs();
        if (asked(args)) {
            System.out.print(text());
            System.out.flush();
            throw new EarlyExit(0);
        }
        String command = OfficeLockAtStartup.command(args);
        if (!COMMANDS.containsKey(command) && !Arrays.asList(args).contains("--tonghop.cli.enabled=false")) {
            // a typo is told at once, not after the lock and the database (CommandLine says it too, later)
            System.out.println("Không có lệnh «" + command + "».");
            System.out.println();
            System.out.print(text());
            System.out.flush();
            throw new EarlyExit(2);
        }
    }

    /** Whether the arguments ask for the usage: {@code --help} or {@code -h} anywhere, or the command {@code help}. */
    public static boolean asked(String... args) {
        return Arrays.stream(args).anyMatch(a -> a.equals("--help") || a.equals("-h"))
                || "help".equals(OfficeLockAtStartup.command(args));
    }

    /** The usage text, as printed (README shows it word for word). */
    public static String text() {
        StringBuilder s = new StringBuilder();
        s.append("tonghop — tổng hợp các bảng, báo cáo các đơn vị gửi về (các loại trong tonghop.kinds: bảng phân kỳ,\n");
        s.append("          tự đánh giá, kế hoạch cải tiến chất lượng…)\n\n");
        s.append("Cách dùng: java -jar tonghop.jar [lệnh] [tham số] [--tonghop.job-file=jobs/<đơn vị>/job.yml]\n\n");
        s.append("Lệnh:\n");
        COMMANDS.forEach((name, line) -> s.append(String.format("  %-9s %s\n", name, line)));
        s.append("\nTùy chọn:\n");
        s.append("  --tonghop.job-file=<tệp>  tệp cấu hình của cơ quan (mặc định jobs/so-dong-thap/job.yml,\n");
        s.append("                            tính từ thư mục đang đứng); mỗi khóa trong tệp cũng ghi đè được\n");
        s.append("                            bằng --<khóa>=<giá trị>, ví dụ --tonghop.settle-seconds=60\n");
        s.append("\nMã thoát:\n");
        s.append("  0  xong: lệnh đã làm xong, lần tổng hợp hoàn thành (hoặc không có gì mới)\n");
        s.append("  1  chưa xong: lần tổng hợp thất bại hoặc bị dừng (lần chạy sau chạy tiếp), hoặc lệnh không\n");
        s.append("     tìm thấy thứ được hỏi\n");
        s.append("  2  không chạy: cấu hình sai, lệnh hoặc tham số sai, hoặc cơ sở dữ liệu không khớp kho lưu;\n");
        s.append("     sửa theo dòng thông báo rồi chạy lại\n");
        s.append("  3  không chạy: một tiến trình tonghop khác đang chạy cho cơ quan này; thử lại sau\n");
        return s.toString();
    }
}
