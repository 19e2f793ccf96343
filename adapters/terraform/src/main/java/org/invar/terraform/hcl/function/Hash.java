package org.invar.terraform.hcl.function;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.invar.terraform.hcl.value.Value;

/**
 * {@code md5 sha1 sha256 sha512} (hexadecimal) and {@code base64sha256 base64sha512} (Base64)
 * of a string's UTF-8 bytes.
 */
final class Hash extends BaseFunction {
    private final String algorithm;
    private final boolean base64;

    private Hash(String name, String algorithm, boolean base64) {
        super(name, Param.string("str"));
        this.algorithm = algorithm;
        this.base64 = base64;
    }

    static List<Hash> all() {
        return List.of(new Hash("md5", "MD5", false), new Hash("sha1", "SHA-1", false),
                new Hash("sha256", "SHA-256", false), new Hash("sha512", "SHA-512", false),
                new Hash("base64sha256", "SHA-256", true), new Hash("base64sha512", "SHA-512", true));
    }

    static byte[] digest(String algorithm, byte[] bytes) {
        try {
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has " + algorithm, e);
        }
    }

    static String show(byte[] digest, boolean base64) {
        return base64 ? Base64.getEncoder().encodeToString(digest) : HexFormat.of().formatHex(digest);
    }

    @Override
    public Value apply(List<Value> args) {
        return str(show(digest(algorithm, text(args.get(0)).getBytes(StandardCharsets.UTF_8)), base64));
    }
}
