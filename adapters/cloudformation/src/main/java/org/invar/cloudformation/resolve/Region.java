package org.invar.cloudformation.resolve;

import java.util.Optional;

/**
 * What is known of the stack's region: its name when given ({@code --region}), else nothing,
 * in which case AZs are symbolic ({@code az-1}, {@code az-2}, ...; see {@link Symbol.SymbolicAz}).
 */
public record Region(Optional<String> name) {

    /**
     * The AZ names of a known region: {@code us-east-1a}, {@code us-east-1b}, ... AZ letters are
     * mapped per account by AWS and some regions skip letters, so these are the usual names,
     * not a promise.
     */
    static String azName(String region, int index) {
        return region + (char) ('a' + index);
    }

    /** {@code AWS::Partition} of a known region. */
    static String partition(String region) {
        if (region.startsWith("cn-")) {
            return "aws-cn";
        }
        return region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
    }

    /** {@code AWS::URLSuffix} of a known region. */
    static String urlSuffix(String region) {
        return region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
    }
}
