package org.invar.terraform.read;

import org.invar.terraform.json.Json;

/**
 * One resource instance of a plan or state, as much of it as the mapping reads: its address,
 * type, instance key, the attribute values it maps ({@code values}), which of them a plan only
 * knows after apply ({@code unknown}, the shape of Terraform's {@code after_unknown}), the action
 * a plan takes on it, and where it starts in the file.
 *
 * @param address the full instance address, such as {@code module.net.aws_subnet.private[1]}
 * @param module the module instance it is in, such as {@code module.net}; "" for the root module
 * @param data whether it is a data source
 * @param key its {@code count} index or {@code for_each} key, or {@link Json#NULL}
 * @param unknown {@code true} leaves where a value is known only after apply; {@link Json#NULL} in a state
 * @param action the plan's action ({@code create}, {@code update}, {@code no-op}, {@code replace},
 *               {@code read}), or null in a state
 */
public record ResourceRecord(String address, String module, boolean data, String type, String name, Json key,
                             Json.Obj values, Json unknown, String action, int line, int column) {

    /** The resource's address relative to its module, without instance key: {@code aws_subnet.private}. */
    public String local() {
        return Addresses.local(data, type, name);
    }

    /** Whether the plan makes this instance anew ({@code create}, or {@code replace}: delete and create). */
    public boolean created() {
        return "create".equals(action) || "replace".equals(action);
    }

    public ResourceRecord withUnknown(Json unknown, String action) {
        return new ResourceRecord(address, module, data, type, name, key, values, unknown, action, line, column);
    }
}
