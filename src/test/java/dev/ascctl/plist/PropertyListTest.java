package dev.ascctl.plist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both forms of Info.plist, and an .ipa's app read without unpacking it. */
class PropertyListTest {
    @TempDir
    Path dir;

    @Test
    void readsAnXmlInfoPlist() {
        Map<String, Object> info = PropertyList.parseDictionary(TestArchives.infoPlist("com.example.notes", "2.5.0",
                "246", true).getBytes(StandardCharsets.UTF_8));
        assertThat(info).containsEntry("CFBundleShortVersionString", "2.5.0").containsEntry("CFBundleVersion", "246")
                .containsEntry("ITSAppUsesNonExemptEncryption", true);
    }

    /**
     * A binary plist written byte by byte after Apple's format (bplist00, objects, offset table, 32-byte trailer):
     * {"CFBundleShortVersionString": "2.5.0", "CFBundleVersion": "246", "ITSAppUsesNonExemptEncryption": false,
     * "UIDeviceFamily": [1, 2], "CFBundleDisplayName": "Notizen ✓"}.
     */
    @Test
    void readsABinaryInfoPlist() {
        BinaryWriter w = new BinaryWriter();
        int k1 = w.ascii("CFBundleShortVersionString");
        int k2 = w.ascii("CFBundleVersion");
        int k3 = w.ascii("ITSAppUsesNonExemptEncryption");
        int k4 = w.ascii("UIDeviceFamily");
        int k5 = w.ascii("CFBundleDisplayName");
        int v1 = w.ascii("2.5.0");
        int v2 = w.ascii("246");
        int v3 = w.raw(new byte[] {0x08});
        int one = w.raw(new byte[] {0x10, 1});
        int two = w.raw(new byte[] {0x10, 2});
        int v4 = w.raw(new byte[] {(byte) 0xA2, (byte) one, (byte) two});
        int v5 = w.utf16("Notizen ✓");
        int dict = w.raw(new byte[] {(byte) 0xD5, (byte) k1, (byte) k2, (byte) k3, (byte) k4, (byte) k5,
                (byte) v1, (byte) v2, (byte) v3, (byte) v4, (byte) v5});
        Map<String, Object> info = PropertyList.parseDictionary(w.finish(dict));
        assertThat(info).containsEntry("CFBundleShortVersionString", "2.5.0").containsEntry("CFBundleVersion", "246")
                .containsEntry("ITSAppUsesNonExemptEncryption", false).containsEntry("UIDeviceFamily", List.of(1L, 2L))
                .containsEntry("CFBundleDisplayName", "Notizen ✓");
        assertThat(AppArchive.of(info).usesNonExemptEncryption()).isFalse();
    }

    @Test
    void aBrokenBinaryPlistIsRefusedWithAReason() {
        byte[] bytes = new BinaryWriter().finish(0);
        bytes[bytes.length - 9] = 99; // the offset table's place, past the end
        assertThatThrownBy(() -> PropertyList.parse(bytes)).isInstanceOf(PropertyListException.class);
        assertThatThrownBy(() -> PropertyList.parse("<html/>".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("not a property list");
    }

    @Test
    void readsTheAppOfAnIpaAndRefusesWhatIsNotOne() throws Exception {
        Path ipa = TestArchives.ipa(dir.resolve("Notes.ipa"), "com.example.notes", "2.5.0", "246", null, 1000);
        assertThat(AppArchive.read(ipa)).isEqualTo(new AppArchive("com.example.notes", "2.5.0", "246", "IOS", null));
        Path bad = TestArchives.ipa(dir.resolve("Bad.ipa"), "com.example.notes", "2.5", "2024-06-01", null, 0);
        assertThatThrownBy(() -> AppArchive.read(bad)).hasMessageContaining("Bad.ipa")
                .hasMessageContaining("CFBundleVersion '2024-06-01'");
        Path notZip = java.nio.file.Files.writeString(dir.resolve("x.ipa"), "hello");
        assertThatThrownBy(() -> AppArchive.read(notZip)).hasMessageContaining("x.ipa");
    }

    /** Objects in order, one-byte references and offsets. */
    private static final class BinaryWriter {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final java.util.List<Integer> offsets = new java.util.ArrayList<>();

        BinaryWriter() {
            out.writeBytes("bplist00".getBytes(StandardCharsets.US_ASCII));
        }

        int raw(byte[] object) {
            offsets.add(out.size());
            out.writeBytes(object);
            return offsets.size() - 1;
        }

        int ascii(String s) {
            byte[] b = s.getBytes(StandardCharsets.US_ASCII);
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            if (b.length < 15) {
                o.write(0x50 | b.length);
            } else {
                o.write(0x5F);
                o.write(0x10);
                o.write(b.length);
            }
            o.writeBytes(b);
            return raw(o.toByteArray());
        }

        int utf16(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_16BE);
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            o.write(0x60 | s.length());
            o.writeBytes(b);
            return raw(o.toByteArray());
        }

        byte[] finish(int top) {
            if (offsets.isEmpty()) {
                raw(new byte[] {0x09});
            }
            int table = out.size();
            offsets.forEach(out::write);
            byte[] trailer = new byte[32];
            trailer[6] = 1;
            trailer[7] = 1;
            trailer[15] = (byte) offsets.size();
            trailer[23] = (byte) top;
            trailer[31] = (byte) table;
            out.writeBytes(trailer);
            return out.toByteArray();
        }
    }
}
