package org.invar.terraform.hcl.function;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.invar.terraform.hcl.value.Value;

/** {@code uuidv5(namespace, name)}: the name-based (SHA-1) UUID of RFC 4122; namespace dns, url, oid, x500 or a UUID. */
final class UuidV5 extends BaseFunction {
    private static final Map<String, String> NAMESPACES = Map.of("dns", "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
            "url", "6ba7b811-9dad-11d1-80b4-00c04fd430c8", "oid", "6ba7b812-9dad-11d1-80b4-00c04fd430c8",
            "x500", "6ba7b814-9dad-11d1-80b4-00c04fd430c8");

    UuidV5() {
        super("uuidv5", Param.string("namespace"), Param.string("name"));
    }

    @Override
    public Value apply(List<Value> args) {
        String ns = text(args.get(0));
        UUID namespace;
        try {
            namespace = UUID.fromString(NAMESPACES.getOrDefault(ns, ns));
            if (!NAMESPACES.containsKey(ns) && !ns.matches("(?i)(urn:uuid:)?\\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\}?")) {
                throw new IllegalArgumentException(ns);
            }
        } catch (IllegalArgumentException e) {
            throw new FunctionException(0, "uuidv5() doesn't support namespace " + ns + " (invalid UUID length: "
                    + ns.length() + ")");
        }
        byte[] name = text(args.get(1)).getBytes(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.allocate(16 + name.length);
        in.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits()).put(name);
        byte[] h = Hash.digest("SHA-1", in.array());
        h[6] = (byte) ((h[6] & 0x0f) | 0x50);
        h[8] = (byte) ((h[8] & 0x3f) | 0x80);
        ByteBuffer out = ByteBuffer.wrap(h, 0, 16);
        return str(new UUID(out.getLong(), out.getLong()).toString());
    }
}
