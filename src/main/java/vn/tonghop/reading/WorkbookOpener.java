package vn.tonghop.reading;

import java.io.File;
import java.io.IOException;
import java.util.Locale;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.NotOLE2FileException;
import org.apache.poi.poifs.filesystem.OfficeXmlFileException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.XLSBUnsupportedException;

/**
 * Opens a submitted workbook read-only, or says in Vietnamese why it cannot. The original file is
 * never written. POI's own advice for untrusted files: expect any exception, so catch broadly.
 */
public final class WorkbookOpener {

    /** A clerk's phasing table is a few dozen KB; 100 MB inflated per zip entry is already generous. */
    private static final long MAX_ZIP_ENTRY_BYTES = 100L * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_ZIP_ENTRY_BYTES);
    }

    private final long maxFileBytes;

    public WorkbookOpener(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    public Workbook open(File file) throws UnreadableFileException {
        long size = file.length();
        if (size == 0) {
            throw new UnreadableFileException(FileOutcome.UNREADABLE,
                    "Tệp rỗng (0 byte). Đề nghị đơn vị gửi lại tệp Excel đã lưu đầy đủ.", null);
        }
        if (size > maxFileBytes) {
            throw new UnreadableFileException(FileOutcome.OVERSIZED, String.format(Locale.ROOT,
                    "Tệp quá lớn (%.1f MB, giới hạn %.1f MB). Đề nghị đơn vị chỉ gửi bảng phân kỳ chỉ tiêu, "
                            + "xóa các trang tính và hình ảnh không cần thiết.", size / 1e6, maxFileBytes / 1e6), null);
        }
        try {
            return WorkbookFactory.create(file, null, true);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFileException(FileOutcome.ENCRYPTED,
                    "Tệp được đặt mật khẩu nên không đọc được. Đề nghị đơn vị gỡ mật khẩu "
                            + "(File > Info > Protect Workbook) rồi gửi lại.", e);
        } catch (OldExcelFormatException e) {
            throw new UnreadableFileException(FileOutcome.UNSUPPORTED_FORMAT,
                    "Tệp ở định dạng Excel 5.0/95 quá cũ. Đề nghị mở bằng Excel và lưu lại dạng .xlsx.", e);
        } catch (XLSBUnsupportedException e) {
            throw new UnreadableFileException(FileOutcome.UNSUPPORTED_FORMAT,
                    "Tệp ở định dạng Excel nhị phân (.xlsb). Đề nghị lưu lại dạng .xlsx rồi gửi lại.", e);
        } catch (POIXMLException e) {
            if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("strict")) {
                throw new UnreadableFileException(FileOutcome.UNSUPPORTED_FORMAT,
                        "Tệp lưu ở dạng \"Strict Open XML\". Đề nghị lưu lại bằng \"Excel Workbook (.xlsx)\".", e);
            }
            throw damaged(e);
        } catch (NotOfficeXmlFileException | NotOLE2FileException | OfficeXmlFileException e) {
            throw new UnreadableFileException(FileOutcome.UNREADABLE,
                    "Tệp không phải bảng tính Excel (hoặc đã bị đổi đuôi). Đề nghị gửi tệp .xlsx hoặc .xls.", e);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw damaged(e);
        }
    }

    private static UnreadableFileException damaged(Throwable e) {
        return new UnreadableFileException(FileOutcome.UNREADABLE,
                "Tệp bị hỏng hoặc chưa tải lên đủ nên không mở được. Đề nghị đơn vị mở thử bằng Excel, "
                        + "lưu lại rồi gửi lại.", e);
    }
}
