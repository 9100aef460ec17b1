package org.anjian.platform.control;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells Word and Excel files apart inside the two containers that tika-core cannot look into.
 *
 * <p>tika-core reads magic bytes only. A .docx or .xlsx is a zip: it says {@code
 * application/x-tika-ooxml} when {@code [Content_Types].xml} happens to be the first entry, plain
 * {@code application/zip} otherwise, and never which of the two it is; that needs tika-parsers'
 * container detector, which brings Apache POI and commons-compress. A .doc or .xls is an OLE2
 * compound file: tika-core names it only when its directory lies in the first 4 KB, else {@code
 * application/x-tika-msoffice}. So we read the part names ourselves, from the zip's central
 * directory and from the OLE2 directory entries, without inflating or walking anything: a zip bomb
 * or a crafted file costs no more than one pass over the bytes.
 */
final class OfficeFormats {

  static final String DOC = "application/msword";
  static final String XLS = "application/vnd.ms-excel";
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final int ZIP_END = 0x06054b50;
  private static final int ZIP_ENTRY = 0x02014b50;

  private OfficeFormats() {}

  /** The Office type of the content when tika-core saw only its container; else {@code type}. */
  static String refine(String type, byte[] content) {
    return switch (type) {
      case "application/zip", "application/x-tika-ooxml" -> ooxml(type, zipEntryNames(content));
      case "application/x-tika-msoffice" -> ole2(type, content);
      default -> type;
    };
  }

  /**
   * Word and Excel keep their main part at these fixed names (as do LibreOffice, WPS and POI). A
   * macro project makes it a .docm or .xlsm, which we do not take.
   */
  private static String ooxml(String type, Set<String> names) {
    if (!names.contains("[Content_Types].xml")
        || names.stream().anyMatch(name -> name.endsWith("vbaProject.bin"))) {
      return type;
    }
    if (names.contains("word/document.xml")) {
      return DOCX;
    }
    return names.contains("xl/workbook.xml") ? XLSX : type;
  }

  /** Word keeps its text in a stream "WordDocument", Excel in "Workbook" (or "Book" before 97). */
  private static String ole2(String type, byte[] content) {
    if (hasOle2Stream(content, "WordDocument")) {
      return DOC;
    }
    return hasOle2Stream(content, "Workbook") || hasOle2Stream(content, "Book") ? XLS : type;
  }

  /**
   * Whether a 128-byte directory entry names a stream so: directory sectors start at multiples of
   * 512, entries hold the name in UTF-16LE, its byte length with the terminator at 64, the type at
   * 66 (2 = stream).
   */
  private static boolean hasOle2Stream(byte[] content, String stream) {
    byte[] name = (stream + "\0").getBytes(StandardCharsets.UTF_16LE);
    ByteBuffer bytes = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
    for (int entry = 512; entry + 128 <= content.length; entry += 128) {
      if (bytes.getShort(entry + 64) == name.length
          && content[entry + 66] == 2
          && bytes.slice(entry, name.length).equals(ByteBuffer.wrap(name))) {
        return true;
      }
    }
    return false;
  }

  /** The names in a zip's central directory; empty when it cannot be read. */
  private static Set<String> zipEntryNames(byte[] zip) {
    ByteBuffer bytes = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    int end = zip.length - 22;
    // the end record sits before a comment of at most 65,535 bytes
    while (end >= 0 && end >= zip.length - 22 - 65_535 && bytes.getInt(end) != ZIP_END) {
      end--;
    }
    if (end < 0 || end < zip.length - 22 - 65_535) {
      return Set.of();
    }
    int count = Short.toUnsignedInt(bytes.getShort(end + 10));
    long entry = Integer.toUnsignedLong(bytes.getInt(end + 16));
    Set<String> names = new HashSet<>();
    for (int i = 0; i < count; i++) {
      if (entry + 46 > end || bytes.getInt((int) entry) != ZIP_ENTRY) {
        return Set.of();
      }
      int at = (int) entry;
      int nameLength = Short.toUnsignedInt(bytes.getShort(at + 28));
      if (at + 46 + nameLength > end) {
        return Set.of();
      }
      names.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
      entry +=
          46
              + nameLength
              + Short.toUnsignedInt(bytes.getShort(at + 30))
              + Short.toUnsignedInt(bytes.getShort(at + 32));
    }
    return names;
  }
}
