package vn.tonghop.template;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.domain.Unit;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.reading.TemplateStamp;
import vn.tonghop.text.FileNames;

/** What every template's workbook gets before it is written, and the name its file takes. */
public final class FormFile {

    private FormFile() {
    }

    /**
     * A name a clerk recognises and any mail or file system accepts: the unit's code, its name without
     * diacritics, what the template is ({@code 87715011_Truong_THCS_Phu_My_tu_danh_gia.xlsx}). The reader finds
     * the code in it even when a file lost its stamp.
     */
    public static String name(Unit unit, String what) {
        String code = unit.code().replaceAll("[^A-Za-z0-9._-]+", "_");
        String name = Normalizer.normalize(unit.name(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D').replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "");
        if (name.length() > 60) {
            name = name.substring(0, 60).replaceAll("_$", "");
        }
        return FileNames.cap(code + "_" + name + "_" + what + ".xlsx", FileNames.MAX_OUTPUT_BYTES);
    }

    /**
     * Stamps the workbook (a very hidden sheet the reader trusts for the unit), opens it on its first
     * sheet, locks its structure (no password: sheets cannot be renamed, moved, deleted or unhidden by
     * mistake), names it in its properties, has Excel compute its formulas on opening, and writes it
     * through a temporary file (never half a workbook).
     */
    public static void write(XSSFWorkbook wb, TemplateStamp stamp, String title, OutputFiles files, Path file)
            throws IOException {
        stamp.writeTo(wb);
        wb.setActiveSheet(0);
        wb.lockStructure();
        wb.setForceFormulaRecalculation(true);
        var core = wb.getProperties().getCoreProperties();
        core.setTitle(title);
        core.setCreator("tonghop");
        core.setSubjectProperty("Mẫu nhập liệu phiên bản " + stamp.version() + ", mã đơn vị " + stamp.unitCode());
        files.write(file, wb::write);
    }
}
