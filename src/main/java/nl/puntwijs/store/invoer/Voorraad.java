package nl.puntwijs.store.invoer;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.puntwijs.core.model.Eenheid;

/**
 * Where an import keeps the dwellings it read until it stores them: in a compact binary form
 * ({@link Recordcodec}), in a temporary file that is deleted when the import ends (or, for small collections, in
 * memory). Only what grouping and checking need stays in the heap, so the heap an import needs does not grow with
 * the whole portfolio. Safe for the reading threads to add at the same time.
 */
final class Voorraad implements Closeable {

    private static final Recordcodec<Eenheid> CODEC = new Recordcodec<>(Eenheid.class);
    private static final int BUFFER = 1 << 20;

    private FileChannel kanaal; // null: in memory
    private final List<byte[]> geheugen = new ArrayList<>();
    private final ByteBuffer schrijfbuffer;
    private long[] plek = new long[1024];
    private int[] lengte = new int[1024];
    private int aantal;
    private long einde;
    private long bufferBegin;

    private Voorraad(FileChannel kanaal) {
        this.kanaal = kanaal;
        this.schrijfbuffer = kanaal == null ? null : ByteBuffer.allocate(BUFFER);
    }

    static Voorraad inGeheugen() {
        return new Voorraad(null);
    }

    /**
     * A temporary file in the system's temporary folder, deleted on close (and by the system if the process is
     * killed: on Unix it has no name once opened); in memory when no temporary file can be made.
     */
    static Voorraad tijdelijk() {
        try {
            Path p = Files.createTempFile("puntwijs-import-", ".tmp");
            FileChannel k = FileChannel.open(p, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
            return new Voorraad(k);
        } catch (IOException | UnsupportedOperationException e) {
            return inGeheugen();
        }
    }

    /** Keeps a dwelling; returns the number to read it back with. */
    int bewaar(Eenheid e) {
        byte[] b = CODEC.schrijf(e);
        synchronized (this) {
            if (aantal == plek.length) {
                plek = Arrays.copyOf(plek, aantal * 2);
                lengte = Arrays.copyOf(lengte, aantal * 2);
            }
            lengte[aantal] = b.length;
            if (kanaal != null) {
                plek[aantal] = einde;
                try {
                    schrijf(b);
                } catch (IOException fout) {
                    naarGeheugen(); // a full temporary disk: keep the rest (and what was written) in memory
                }
            }
            if (kanaal == null) {
                geheugen.add(b);
            }
            einde += b.length;
            return aantal++;
        }
    }

    /** The dwelling kept under {@code nummer}, equal to the one given. */
    Eenheid lees(int nummer) {
        byte[] b;
        synchronized (this) {
            if (kanaal == null) {
                b = geheugen.get(nummer);
            } else {
                try {
                    b = leesUitBestand(nummer);
                } catch (IOException e) {
                    throw new UncheckedIOException("tijdelijk bestand voor de import niet te lezen: " + e.getMessage(), e);
                }
            }
        }
        return CODEC.lees(b);
    }

    private void schrijf(byte[] b) throws IOException {
        if (b.length > schrijfbuffer.remaining()) {
            leegBuffer();
        }
        if (b.length > schrijfbuffer.capacity()) {
            ByteBuffer groot = ByteBuffer.wrap(b);
            while (groot.hasRemaining()) {
                kanaal.write(groot, bufferBegin + groot.position());
            }
            bufferBegin += b.length;
            return;
        }
        schrijfbuffer.put(b);
    }

    /**
     * Moves what is kept so far into memory and keeps the rest there (the record being added, {@code aantal}, is
     * not yet kept): for when the temporary file cannot be written.
     */
    synchronized void naarGeheugen() {
        if (kanaal == null) {
            return;
        }
        List<byte[]> alles = new ArrayList<>(aantal + 1);
        try {
            for (int i = 0; i < aantal; i++) {
                alles.add(leesUitBestand(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("tijdelijk bestand voor de import niet te lezen: " + e.getMessage(), e);
        }
        if (kanaal != null) {
            try {
                kanaal.close();
            } catch (IOException ignored) {
                // it is deleted on close
            }
        }
        kanaal = null;
        geheugen.clear();
        geheugen.addAll(alles);
    }

    /** A record from the file, or from the write buffer when it is not written yet. */
    private byte[] leesUitBestand(int nummer) throws IOException {
        byte[] b = new byte[lengte[nummer]];
        long p = plek[nummer];
        if (p >= bufferBegin) {
            int van = (int) (p - bufferBegin);
            System.arraycopy(schrijfbuffer.array(), van, b, 0, b.length);
            return b;
        }
        ByteBuffer doel = ByteBuffer.wrap(b);
        while (doel.hasRemaining()) {
            int n = kanaal.read(doel, p + doel.position());
            if (n < 0) {
                throw new IOException("tijdelijk importbestand is korter dan verwacht");
            }
        }
        return b;
    }

    private void leegBuffer() throws IOException {
        schrijfbuffer.flip();
        while (schrijfbuffer.hasRemaining()) {
            kanaal.write(schrijfbuffer, bufferBegin + schrijfbuffer.position());
        }
        bufferBegin += schrijfbuffer.limit();
        schrijfbuffer.clear();
    }

    /** Bytes kept (for the benchmark and tests). */
    synchronized long grootte() {
        return einde;
    }

    @Override
    public void close() {
        if (kanaal != null) {
            try {
                kanaal.close();
            } catch (IOException ignored) {
                // the file is deleted on close; nothing else to do
            }
        }
        geheugen.clear();
    }
}
