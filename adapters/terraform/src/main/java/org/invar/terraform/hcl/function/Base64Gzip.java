package org.invar.terraform.hcl.function;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.invar.terraform.hcl.value.Value;

/**
 * {@code base64gzip(str)}: the UTF-8 text gzip-compressed, in Base64. The header is Go's (no name,
 * time 0, OS unknown); the compressed bytes are the JDK's deflate, which decompress to the same
 * text as Terraform's but are not the same bytes (Go has its own deflate encoder).
 */
final class Base64Gzip extends BaseFunction {
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    Base64Gzip() {
        super("base64gzip", Param.string("str"));
    }

    @Override
    public Value apply(List<Value> args) {
        byte[] data = text(args.get(0)).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 32);
        out.writeBytes(HEADER);
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(data);
            deflater.finish();
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        } finally {
            deflater.end();
        }
        CRC32 crc = new CRC32();
        crc.update(data);
        littleEndian(out, crc.getValue());
        littleEndian(out, data.length & 0xffffffffL);
        return str(Base64.getEncoder().encodeToString(out.toByteArray()));
    }

    private static void littleEndian(ByteArrayOutputStream out, long v) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (v >>> (8 * i)) & 0xff);
        }
    }
}
