package nl.puntwijs.store;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Where a portfolio file lives: on a local disk (WAL journal) or on a network share, where WAL cannot work
 * (it needs shared memory between the processes) and the file is opened with a rollback journal and exclusive
 * locking instead. See {@code docs/adr/0001-portefeuillebestand-sqlite.md}.
 */
public final class Bestandssysteem {

    /** File-system types (as {@link FileStore#type()} reports them) that are network or remote mounts. */
    static final Set<String> NETWERKTYPEN = Set.of("nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afpfs",
            "webdav", "davfs", "fuse.davfs", "sshfs", "fuse.sshfs", "9p", "ncpfs", "afs", "ceph", "glusterfs",
            "fuse.glusterfs", "lustre", "gpfs", "fuse.rclone", "fuse.s3fs", "vboxsf", "prl_fs", "vmhgfs",
            "fuse.vmhgfs-fuse");

    private Bestandssysteem() {
    }

    /** True for a UNC path ({@code \\server\share\...}) or a file on a network file system. */
    public static boolean isNetwerk(Path bestand) {
        String tekst = bestand.toString();
        if (tekst.startsWith("\\\\") || tekst.startsWith("//")) {
            return true;
        }
        Path map = bestand.toAbsolutePath().getParent();
        while (map != null && !Files.exists(map)) {
            map = map.getParent();
        }
        if (map == null) {
            return false;
        }
        try {
            Path echt = map.toRealPath();
            if (echt.toString().startsWith("\\\\")) {
                return true;
            }
            return isNetwerktype(Files.getFileStore(echt).type());
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    static boolean isNetwerktype(String type) {
        return type != null && NETWERKTYPEN.contains(type.toLowerCase(Locale.ROOT));
    }
}
