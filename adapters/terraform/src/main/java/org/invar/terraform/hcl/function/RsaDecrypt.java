package org.invar.terraform.hcl.function;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import org.invar.terraform.hcl.value.Value;

/**
 * {@code rsadecrypt(ciphertext, privatekey)}: Base64 ciphertext decrypted with RSA PKCS #1 v1.5
 * (as {@code aws ec2 get-password-data} needs), the key a PEM RSA private key: PKCS #1
 * ({@code RSA PRIVATE KEY}) or PKCS #8 ({@code PRIVATE KEY}), unencrypted.
 */
final class RsaDecrypt extends BaseFunction {
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z ]+)-----\\s*([^-]*?)\\s*-----END \\1-----", Pattern.DOTALL);

    RsaDecrypt() {
        super("rsadecrypt", Param.string("ciphertext"), Param.string("privatekey"));
    }

    @Override
    public Value apply(List<Value> args) {
        String encoded = text(args.get(0));
        byte[] cipherText;
        try {
            cipherText = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new FunctionException(0, "failed to decode input \"" + encoded + "\": cipher text must be"
                    + " base64-encoded");
        }
        PrivateKey key = key(text(args.get(1)));
        try {
            Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            rsa.init(Cipher.DECRYPT_MODE, key);
            byte[] plain = rsa.doFinal(cipherText);
            return str(Utf8.decode(plain, 0, "the decrypted text is not valid UTF-8"));
        } catch (GeneralSecurityException e) {
            throw new FunctionException(0, "failed to decrypt: crypto/rsa: decryption error");
        }
    }

    private static PrivateKey key(String pem) {
        Matcher m = PEM.matcher(pem);
        if (!m.find()) {
            throw new FunctionException(1, "invalid private key: ssh: no key found; give the PEM text of an RSA"
                    + " private key (-----BEGIN RSA PRIVATE KEY-----), e.g. file(\"key.pem\")");
        }
        String type = m.group(1);
        if (m.group(2).contains("Proc-Type:") || m.group(2).contains("ENCRYPTED")) {
            throw new FunctionException(1, "invalid private key: the key is encrypted; rsadecrypt needs an"
                    + " unencrypted key");
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(m.group(2).getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new FunctionException(1, "invalid private key: the PEM block is not valid Base64");
        }
        byte[] pkcs8 = switch (type) {
            case "RSA PRIVATE KEY" -> Pkcs8.wrapRsa(der);
            case "PRIVATE KEY" -> der;
            default -> throw new FunctionException(1, "invalid private key: ssh: unsupported key type \"" + type
                    + "\"; rsadecrypt takes an RSA private key");
        };
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new FunctionException(1, "invalid private key: not an RSA private key that can be read ("
                    + e.getMessage() + ")");
        }
    }
}
