package org.invar.aws.scan;

/**
 * Where a call goes: an account (its id, or how it was named when the id is unknown) and a region.
 *
 * @param severalAccounts whether the scan covers more than one account, so reasons name it
 */
public record ScanScope(String account, String region, boolean severalAccounts) {

    /** {@code in eu-west-3}, or {@code in eu-west-3 for account 123456789012} when several are scanned. */
    public String where() {
        return "in " + region + (severalAccounts ? " for account " + account : "");
    }

    /** The ARN partition of the region: {@code aws}, {@code aws-cn} or {@code aws-us-gov}. */
    public String partition() {
        if (region.startsWith("cn-")) {
            return "aws-cn";
        }
        if (region.startsWith("us-gov-")) {
            return "aws-us-gov";
        }
        return "aws";
    }

    /** The ARN of a resource of a service in this scope: {@code arn:aws:ec2:eu-west-3:123:subnet/subnet-1}. */
    public String arn(String service, String resource) {
        return "arn:" + partition() + ":" + service + ":" + region + ":" + account + ":" + resource;
    }
}
