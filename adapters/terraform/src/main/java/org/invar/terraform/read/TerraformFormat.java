package org.invar.terraform.read;

/** The kinds of Terraform JSON the adapter reads. */
public enum TerraformFormat {
    /** {@code terraform show -json PLANFILE}. */
    PLAN("a Terraform plan"),
    /** {@code terraform show -json} of a state. */
    STATE_JSON("a Terraform state (terraform show -json)"),
    /** A raw {@code .tfstate} file, version 4. */
    RAW_STATE("a Terraform state file (.tfstate)"),
    /** A directory of {@code .tf} files, evaluated without Terraform. */
    CONFIGURATION("a Terraform configuration (.tf files)");

    private final String description;

    TerraformFormat(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public boolean isState() {
        return this == STATE_JSON || this == RAW_STATE;
    }
}
