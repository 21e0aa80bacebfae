package vn.tonghop.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.domain.Unit;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.store.RunChanges;
import vn.tonghop.timeliness.Timeliness;

/**
 * Writes {@code summary.xlsx}, what the office sends upward: «Thông tin» first (the office, the scope,
 * the run, who sent what, a guide to the sheets, how to read them), then each kind's own sheets in the
 * order of the office's kinds ({@link KindOutputs#summarySheets}), between what every kind shares:
 * «Theo huyện» ({@link DistrictSheet}) and «Đúng hạn» when the office set rounds ({@link TimelinessSheet})
 * before, «Chưa nộp» ({@link MissingSheet}) and «Thay đổi» ({@link ChangesSheet}) after.
 *
 * <p>«Theo huyện» and the counts at the top of «Thông tin» follow the office's first kind (its main
 * document); «Chưa nộp» lists every unit missing any kind, naming which. The sheets are made in a fixed
 * order, so the same run gives the same bytes; «Thông tin» is made first and filled last.
 */
public final class SummaryWorkbookWriter {

    /** One kind's part of the summary: the kind and who sent it under the scope's root. */
    public record KindPart(KindOutputs kind, Coverage coverage) {
    }

    /** Rows of a streamed sheet kept in memory while it is written. */
    private static final int STREAM_WINDOW = 500;

    private final OutputFiles files;

    public SummaryWorkbookWriter(OutputFiles files) {
        this.files = files;
    }

    /**
     * @param kinds   the office's kinds in its order, the first being its main document (at least one)
     * @param changes what changed since the last run, or null (a district's copy, a test)
     */
    public void write(OutputScope scope, List<KindPart> kinds, RunChanges changes, Timeliness timeliness,
                      Path target) throws IOException {
        XSSFWorkbook xwb = new XSSFWorkbook();
        SXSSFWorkbook wb = null;
        try {
            ReportStyles st = new ReportStyles(xwb);
            Sheet info = xwb.createSheet(InfoSheet.NAME);
            SummaryBook book = new SummaryBook(xwb, st);
            Coverage main = kinds.get(0).coverage();
            List<Coverage> coverages = kinds.stream().map(KindPart::coverage).toList();
            DistrictSheet.Planned districts = DistrictSheet.of(st, DistrictOverview.of(main, scope.findings(),
                    Coverage.usedFiles(coverages)), timeliness);
            book.streamed(DistrictSheet.NAME, (sx, styles) -> districts.write(sx));
            book.guide(DistrictSheet.NAME, "Mỗi dòng một đơn vị cấp dưới trực tiếp (huyện hoặc xã): số "
                    + "đơn vị phải nộp " + lower(kinds.get(0).kind().title()) + ", đã nộp, chưa nộp, số tệp không "
                    + "dùng được, số lỗi và cảnh báo trong các tệp được tổng hợp" + (timeliness.on()
                    ? "; số đơn vị nộp đúng hạn, trễ hạn và chưa nộp khi đã quá hạn trong đợt "
                    + timeliness.current().label() : "") + ".");
            Map<String, Unit> units = knownUnits(coverages);
            if (timeliness.on()) {
                TimelinessSheet.Planned lines = TimelinessSheet.of(st, timeliness, units::get);
                book.streamed(TimelinessSheet.NAME, (sx, styles) -> lines.write(sx));
                book.guide(TimelinessSheet.NAME, "Từng đơn vị trong mỗi đợt nộp đã mở" + (timeliness.severalKinds()
                        ? ", từng loại tài liệu đợt thu" : "") + ": nộp đúng hạn, trễ hạn (bao nhiêu ngày) hay chưa nộp, "
                        + "ngày gửi và tệp.");
            }
            List<InfoSheet> abouts = new ArrayList<>();
            for (KindPart part : kinds) {
                InfoSheet about = book.takeAbout();
                about.heading(part.kind().title());
                if (kinds.size() > 1) {
                    about.count("Số đơn vị đã nộp", part.coverage().reported())
                            .count("Số đơn vị chưa nộp", part.coverage().missing().size());
                }
                if (part.coverage().reported() > 0) {
                    part.kind().summarySheets(book, scope);
                }
                abouts.add(about.append(book.takeAbout()));
            }
            List<MissingSheet.Missing> missing = missing(kinds);
            MissingSheet.Planned missingSheet = MissingSheet.of(st, missing, units::get, kinds.size() > 1);
            book.streamed(MissingSheet.NAME, (sx, styles) -> missingSheet.write(sx));
            book.guide(MissingSheet.NAME, kinds.size() > 1
                    ? "Các đơn vị phải báo cáo còn thiếu bảng, báo cáo nào (cột «Chưa nộp»)."
                    : "Các đơn vị phải báo cáo nhưng chưa nộp bảng.");
            if (changes != null) {
                // units still missing, as «Thông tin» counts them: by the office's first kind
                ChangesSheet.Planned changed = ChangesSheet.of(st, changes, main.missing());
                book.streamed(ChangesSheet.NAME, (sx, styles) -> changed.write(sx));
                book.guide(ChangesSheet.NAME, "Thay đổi so với lượt chạy trước: tệp mới và nộp lại, "
                        + "lỗi đã sửa, lỗi mới, đơn vị vẫn chưa nộp.");
            }
            info(scope, kinds, main, abouts, book, timeliness).write(info, st);
            // the small sheets above (charts included) stay as built; those that grow with the units or the
            // files are streamed, each planned in its place (its widths measured, its styles made in the order
            // its cells use them) and written here
            wb = StreamedWorkbooks.of(xwb, STREAM_WINDOW, false);
            book.writeStreamed(wb);
            for (int i = 0; i < xwb.getNumberOfSheets(); i++) {
                xwb.getSheetAt(i).setSelected(i == 0);
            }
            xwb.setActiveSheet(0);
            files.write(target, wb::write);
        } finally {
            if (wb != null) {
                wb.dispose(); // the streamed sheets' temporary files
                wb.close();
            } else {
                xwb.close();
            }
        }
    }

    /** "Thông tin": the office, the scope, the run, the counts, each kind's lines, the guide, how to read. */
    private static InfoSheet info(OutputScope scope, List<KindPart> kinds, Coverage main, List<InfoSheet> abouts,
                                  SummaryBook book, Timeliness timeliness) {
        InfoSheet info = new InfoSheet()
                .title(kinds.size() == 1 ? "TỔNG HỢP " + kinds.get(0).kind().title().toUpperCase(VI)
                        : "TỔNG HỢP CÁC BẢNG, BÁO CÁO CÁC ĐƠN VỊ ĐÃ NỘP")
                .text("Cơ quan tổng hợp", scope.officeName())
                .text("Phạm vi tổng hợp", scope.root().name() + " (" + scope.root().code() + ")")
                .time("Thời điểm tổng hợp", scope.runAt())
                .count("Số đơn vị phải báo cáo", main.expected())
                .count("Số đơn vị đã báo cáo", main.reported())
                .count("Số đơn vị chưa nộp", main.missing().size());
        if (kinds.size() > 1) {
            info.text("Các số trên tính theo", kinds.get(0).kind().title() + "; từng loại khác ở phần của nó "
                    + "bên dưới.");
        }
        Timeliness.NodeLine round = timeliness.on() ? timeliness.node(scope.root().code()) : null;
        if (round != null) {
            info.text("Đợt nộp", timeliness.current().label());
            List<String> collected = timeliness.titles(timeliness.current());
            if (collected.size() > 1) {
                info.text("Đơn vị đã nộp là", "đơn vị đã nộp đủ " + String.join("; ", collected)
                        + " (thiếu một loại là chưa nộp; từng loại ở trang «Đúng hạn»)");
            }
            info.count("Số đơn vị nộp đúng hạn", round.onTime())
                    .count("Số đơn vị nộp trễ hạn", round.late())
                    .count("Số đơn vị chưa nộp khi đã quá hạn", round.missing());
        }
        abouts.forEach(info::append);
        info.heading("Các trang tính");
        book.guide().forEach(info::text);
        InfoSheet howToRead = book.howToReadLines();
        if (!howToRead.isEmpty()) {
            info.heading("Cách đọc").append(howToRead);
        }
        return info;
    }

    private static final Locale VI = Locale.forLanguageTag("vi");

    private static String lower(String title) {
        return title.isEmpty() ? title : title.substring(0, 1).toLowerCase(VI) + title.substring(1);
    }

    /** Every unit missing a kind, in the order of the first kind's list then the others', with the kinds. */
    private static List<MissingSheet.Missing> missing(List<KindPart> kinds) {
        Map<String, Unit> unit = new LinkedHashMap<>();
        Map<String, List<String>> which = new LinkedHashMap<>();
        for (KindPart part : kinds) {
            for (Unit u : part.coverage().missing()) {
                unit.putIfAbsent(u.code(), u);
                which.computeIfAbsent(u.code(), k -> new ArrayList<>()).add(part.kind().title());
            }
        }
        List<MissingSheet.Missing> out = new ArrayList<>();
        unit.forEach((code, u) -> out.add(new MissingSheet.Missing(u, which.get(code))));
        return out;
    }

    /** Every unit the coverages know: the root, the nodes, the units reported and missing. */
    private static Map<String, Unit> knownUnits(List<Coverage> coverages) {
        Map<String, Unit> known = new LinkedHashMap<>();
        for (Coverage c : coverages) {
            c.units().forEach(known::putIfAbsent);
        }
        return known;
    }
}
