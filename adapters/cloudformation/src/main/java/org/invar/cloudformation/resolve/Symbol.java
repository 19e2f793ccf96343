package org.invar.cloudformation.resolve;

import org.invar.model.Origin;

/**
 * A part of a value that is not known before deploy but is known to be one particular thing: the
 * physical id of a resource of the template, an AZ of the region by index, a pseudo parameter.
 * Keeping it symbolic (rather than collapsing the whole value to unknown) is what lets
 * {@code !Sub '${SubnetA},${SubnetB}'} passed through a nested stack and split again still link
 * the service to the two subnets.
 */
public sealed interface Symbol {

    /** Why the concrete value is not known, for a report. */
    String reason();

    /**
     * Whether the concrete value may contain {@code delimiter}: physical ids, AZ names and
     * account ids never contain a comma, so splitting on one is exact around them.
     */
    default boolean mayContain(String delimiter) {
        return true;
    }

    /** {@code Ref} to a resource: its physical id (or ARN, for types whose Ref is one). */
    record ResourceRef(String entityId, String type) implements Symbol {
        @Override
        public String reason() {
            return "the physical id of " + entityId + " is assigned at deploy time";
        }

        @Override
        public boolean mayContain(String delimiter) {
            return !Symbols.ID_SAFE.contains(delimiter);
        }
    }

    /** {@code Fn::GetAtt} of a resource attribute only known once it is deployed. */
    record ResourceAttr(String entityId, String type, String attribute) implements Symbol {
        @Override
        public String reason() {
            return "attribute " + attribute + " of " + entityId + " is known only at deploy time";
        }
    }

    /** A pseudo parameter without a value before deploy ({@code AWS::StackName}, ...). */
    record Pseudo(String name) implements Symbol {
        @Override
        public String reason() {
            return switch (name) {
                case "AWS::Region" -> "AWS::Region is not known (give the region, e.g. --region)";
                case "AWS::StackName" -> "AWS::StackName is known only at deploy time (give it, e.g. --stack-name)";
                default -> name + " is known only at deploy time";
            };
        }

        @Override
        public boolean mayContain(String delimiter) {
            return !Symbols.ID_SAFE.contains(delimiter);
        }
    }

    /**
     * AZ number {@code index} (from 0) of the stack's region, when the region is not known:
     * {@code !Select [i, !GetAZs ""]} is the same AZ everywhere, two indexes two AZs.
     */
    record SymbolicAz(int index) implements Symbol {
        public String name() {
            return "az-" + (index + 1);
        }

        @Override
        public String reason() {
            return "AZ " + name() + " stands for AZ number " + (index + 1) + " of the region, whose name is not known";
        }

        @Override
        public boolean mayContain(String delimiter) {
            return !Symbols.ID_SAFE.contains(delimiter);
        }
    }

    /**
     * Something outside the template: a parameter of an AWS id type without a value (or one
     * element of it), or an {@code Fn::ImportValue}. Its model entity has the given id, its fields
     * are unknown for the given reason, and it points at {@code origin} (a parameter's
     * declaration; {@link Origin#NONE} for an import, which many places may name).
     */
    record External(String entityId, String reason, Origin origin) implements Symbol {
        public External(String entityId, String reason) {
            this(entityId, reason, Origin.NONE);
        }

        @Override
        public boolean mayContain(String delimiter) {
            return !Symbols.ID_SAFE.contains(delimiter);
        }
    }

    /** A part not known before deploy, with no more structure than its reason. */
    record Opaque(String reason) implements Symbol {
    }
}
