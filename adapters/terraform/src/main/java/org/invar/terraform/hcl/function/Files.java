package org.invar.terraform.hcl.function;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.invar.terraform.hcl.value.Value;

/**
 * The functions that read a file: {@code file}, {@code filebase64}, {@code fileexists},
 * {@code abspath} and the file hashes ({@code filemd5 filesha1 filesha256 filesha512
 * filebase64sha256 filebase64sha512}). A relative path is read from the root module's directory,
 * as Terraform reads it from where it runs, or else from where invar runs ({@code path.module}
 * is a path from there). A file that is not there is an error, as in Terraform.
 */
final class Files extends BaseFunction {
    private enum Kind { TEXT, BASE64, EXISTS, ABSOLUTE, HASH }

    /** Files larger than this are not read: a configuration's files are small. */
    private static final long MAX_BYTES = 16L * 1024 * 1024;

    private final Kind kind;
    private final Path base;
    private final String algorithm;
    private final boolean base64;

    private Files(String name, Kind kind, Path base, String algorithm, boolean base64) {
        super(name, Param.string("path"));
        this.kind = kind;
        this.base = base;
        this.algorithm = algorithm;
        this.base64 = base64;
    }

    static List<Files> all(Path base) {
        return List.of(new Files("file", Kind.TEXT, base, null, false),
                new Files("filebase64", Kind.BASE64, base, null, false),
                new Files("fileexists", Kind.EXISTS, base, null, false),
                new Files("abspath", Kind.ABSOLUTE, base, null, false),
                new Files("filemd5", Kind.HASH, base, "MD5", false),
                new Files("filesha1", Kind.HASH, base, "SHA-1", false),
                new Files("filesha256", Kind.HASH, base, "SHA-256", false),
                new Files("filesha512", Kind.HASH, base, "SHA-512", false),
                new Files("filebase64sha256", Kind.HASH, base, "SHA-256", true),
                new Files("filebase64sha512", Kind.HASH, base, "SHA-512", true));
    }

    @Override
    public Value apply(List<Value> args) {
        String given = text(args.get(0));
        String expanded = given.equals("~") || given.startsWith("~/") ? System.getProperty("user.home")
                + given.substring(1) : given;
        if (kind == Kind.ABSOLUTE) {
            return str(GoPaths.clean(base.resolve(expanded).toAbsolutePath().toString()));
        }
        Path path = resolve(base, expanded);
        if (kind == Kind.EXISTS) {
            if (java.nio.file.Files.isDirectory(path)) {
                throw new FunctionException(0, "\"" + given + "\" is a directory, not a file");
            }
            return new Value.Bool(java.nio.file.Files.isRegularFile(path));
        }
        byte[] bytes = read(path, given);
        return str(switch (kind) {
            case TEXT -> Utf8.decode(bytes, 0, "contents of \"" + given + "\" are not valid UTF-8; use the filebase64"
                    + " function to obtain the Base64 encoded contents or the other file functions (e.g. filemd5,"
                    + " filesha256) to obtain file hashing results instead");
            case BASE64 -> Base64.getEncoder().encodeToString(bytes);
            default -> Hash.show(Hash.digest(algorithm, bytes), base64);
        });
    }

    /** A path as the file functions read it: an absolute one as it is, a relative one from the root module's directory if it is there. */
    static Path resolve(Path base, String p) {
        Path given = Path.of(p);
        if (given.isAbsolute()) {
            return given;
        }
        Path fromRoot = base.resolve(p);
        return java.nio.file.Files.exists(fromRoot) || !java.nio.file.Files.exists(given) ? fromRoot : given;
    }

    /** The bytes of a file the configuration names ({@code given}, for messages); a missing or too large one is an error. */
    static byte[] read(Path path, String given) {
        try {
            if (java.nio.file.Files.isDirectory(path)) {
                throw new FunctionException(0, "\"" + given + "\" is a directory, not a file");
            }
            if (!java.nio.file.Files.isRegularFile(path)) {
                throw new FunctionException(0, "no file exists at \"" + given + "\"; this function works only with"
                        + " files that are distributed as part of the configuration source code");
            }
            if (java.nio.file.Files.size(path) > MAX_BYTES) {
                throw new FunctionException(0, "\"" + given + "\" is larger than " + (MAX_BYTES >> 20) + " MB;"
                        + " invar reads no larger files");
            }
            return java.nio.file.Files.readAllBytes(path);
        } catch (IOException e) {
            throw new FunctionException(0, "failed to read file \"" + given + "\": " + e.getMessage());
        }
    }
}
