package org.invar.cloudformation.stack;

import java.util.regex.Pattern;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelLoadException;

/**
 * The name a top-level template is deployed as: {@code AWS::StackName}, given as the option
 * {@code AWS::StackName} among {@link LoadOptions#params()} (the command line's
 * {@code --stack-name INPUT=NAME} or {@code --param AWS::StackName=NAME}). Without it the name is
 * known only at deploy time. A nested stack's name is always CloudFormation's choice.
 */
public final class StackNames {
    /** The option that names the stack, as the pseudo parameter is written. */
    public static final String OPTION = "AWS::StackName";

    /** What CloudFormation accepts as a stack name. */
    public static final String SYNTAX = "[A-Za-z][-A-Za-z0-9]{0,127}";

    private static final Pattern VALID = Pattern.compile(SYNTAX);

    private StackNames() {
    }

    /** The stack name the options give, or null; a name CloudFormation would refuse is an error. */
    static String given(String file, LoadOptions options) {
        String name = options.params().get(OPTION);
        if (name != null && !VALID.matcher(name).matches()) {
            throw new ModelLoadException(file + ": error: '" + name + "' is not a stack name CloudFormation accepts"
                    + " (AWS::StackName): a letter, then letters, digits and hyphens, 128 characters at most");
        }
        return name;
    }
}
