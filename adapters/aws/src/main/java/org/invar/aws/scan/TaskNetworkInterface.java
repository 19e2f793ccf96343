package org.invar.aws.scan;

import java.util.Optional;
import software.amazon.awssdk.services.ecs.model.Attachment;
import software.amazon.awssdk.services.ecs.model.KeyValuePair;
import software.amazon.awssdk.services.ecs.model.Task;

/**
 * The network interface ECS attached to an awsvpc task, as its {@code ElasticNetworkInterface}
 * attachment describes it. The attachment is the authority on where the task's address lives:
 * an emulator may hand out an address outside the subnet's CIDR, the attachment still names the
 * subnet. Any field may be null when the attachment leaves it out (a task still provisioning).
 *
 * @param subnetId the subnet the interface was created in
 * @param privateIpv4Address the task's private address
 * @param networkInterfaceId the interface, {@code eni-...}
 */
public record TaskNetworkInterface(String subnetId, String privateIpv4Address, String networkInterfaceId) {
    private static final String ENI = "ElasticNetworkInterface";

    /** The task's interface attachment, when it has one (awsvpc tasks do; bridge and host mode tasks do not). */
    public static Optional<TaskNetworkInterface> of(Task task) {
        return task.attachments().stream().filter(a -> ENI.equals(a.type())).findFirst()
                .map(a -> new TaskNetworkInterface(detail(a, "subnetId"), detail(a, "privateIPv4Address"),
                        detail(a, "networkInterfaceId")));
    }

    private static String detail(Attachment a, String name) {
        return a.details().stream().filter(d -> name.equals(d.name())).map(KeyValuePair::value)
                .filter(v -> v != null && !v.isEmpty()).findFirst().orElse(null);
    }
}
