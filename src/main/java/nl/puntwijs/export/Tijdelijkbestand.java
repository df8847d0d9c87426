package nl.puntwijs.export;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * The writer SXSSF streams a sheet's rows into (its temporary file): UTF-8 with large buffers and without the
 * locking of {@link java.io.BufferedWriter}, which cost most of the export's time on a sheet of millions of rows.
 * Used by one thread only.
 */
final class Tijdelijkbestand extends Writer {

    private final OutputStream uit;
    private final byte[] bytes = new byte[1 << 16];
    private int n;
    private char[] tekens = new char[1 << 12];

    Tijdelijkbestand(File bestand) throws IOException {
        this.uit = new FileOutputStream(bestand);
    }

    @Override
    public void write(int c) throws IOException {
        if (n + 3 > bytes.length) {
            leeg();
        }
        teken((char) c);
    }

    @Override
    public void write(char[] bron, int van, int lengte) throws IOException {
        int eind = van + lengte;
        int i = van;
        while (i < eind) {
            if (bytes.length - n < 8) {
                leeg();
            }
            // ASCII in a tight loop: nearly all of the worksheet XML
            int ruimte = Math.min(eind - i, bytes.length - 4 - n);
            int tot = i + ruimte;
            while (i < tot) {
                char c = bron[i];
                if (c >= 0x80) {
                    break;
                }
                bytes[n++] = (byte) c;
                i++;
            }
            if (i == tot) {
                continue;
            }
            char c = bron[i];
            if (Character.isHighSurrogate(c) && i + 1 < eind && Character.isLowSurrogate(bron[i + 1])) {
                paar(c, bron[i + 1]);
                i += 2;
            } else {
                teken(c);
                i++;
            }
        }
    }

    @Override
    public void write(String tekst, int van, int lengte) throws IOException {
        if (tekens.length < lengte) {
            tekens = new char[Math.max(lengte, tekens.length * 2)];
        }
        tekst.getChars(van, van + lengte, tekens, 0);
        write(tekens, 0, lengte);
    }

    /** Appends a builder's text without copying it into a String first. */
    void schrijf(StringBuilder tekst) throws IOException {
        int lengte = tekst.length();
        if (tekens.length < lengte) {
            tekens = new char[Math.max(lengte, tekens.length * 2)];
        }
        tekst.getChars(0, lengte, tekens, 0);
        write(tekens, 0, lengte);
    }

    /** Text known to be ASCII (markup, numbers). */
    Tijdelijkbestand ascii(String tekst) throws IOException {
        int lengte = tekst.length();
        if (bytes.length - n < lengte) {
            leeg();
            if (bytes.length < lengte) {
                write(tekst, 0, lengte);
                return this;
            }
        }
        for (int i = 0; i < lengte; i++) {
            bytes[n++] = (byte) tekst.charAt(i);
        }
        return this;
    }

    Tijdelijkbestand ascii(char c) throws IOException {
        if (n == bytes.length) {
            leeg();
        }
        bytes[n++] = (byte) c;
        return this;
    }

    /** Markup prepared as bytes once. */
    Tijdelijkbestand ascii(byte[] markup) throws IOException {
        if (bytes.length - n < markup.length) {
            leeg();
        }
        System.arraycopy(markup, 0, bytes, n, markup.length);
        n += markup.length;
        return this;
    }

    /** A whole number in decimal digits, without making a String. */
    Tijdelijkbestand getal(int waarde) throws IOException {
        if (bytes.length - n < 12) {
            leeg();
        }
        if (waarde < 0) {
            if (waarde == Integer.MIN_VALUE) {
                return ascii(Integer.toString(waarde));
            }
            bytes[n++] = '-';
            waarde = -waarde;
        }
        int cijfers = 1;
        for (int w = waarde; w >= 10; w /= 10) {
            cijfers++;
        }
        for (int i = n + cijfers - 1; i >= n; i--) {
            bytes[i] = (byte) ('0' + waarde % 10);
            waarde /= 10;
        }
        n += cijfers;
        return this;
    }

    /** XML text: the special characters escaped, characters XML cannot hold replaced by '?'. */
    Tijdelijkbestand xml(String tekst) throws IOException {
        for (int i = 0; i < tekst.length(); i++) {
            if (bytes.length - n < 8) {
                leeg();
            }
            char c = tekst.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '<' && c != '>' && c != '&' && c != '"') {
                bytes[n++] = (byte) c;
                continue;
            }
            switch (c) {
                case '<' -> ascii("&lt;");
                case '>' -> ascii("&gt;");
                case '&' -> ascii("&amp;");
                case '"' -> ascii("&quot;");
                case '\t', '\n', '\r' -> bytes[n++] = (byte) c;
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        bytes[n++] = (byte) '?';
                    } else if (Character.isHighSurrogate(c) && i + 1 < tekst.length()
                            && Character.isLowSurrogate(tekst.charAt(i + 1))) {
                        paar(c, tekst.charAt(++i));
                    } else {
                        teken(c);
                    }
                }
            }
        }
        return this;
    }

    private void teken(char c) {
        if (c < 0x80) {
            bytes[n++] = (byte) c;
        } else if (c < 0x800) {
            bytes[n++] = (byte) (0xC0 | (c >> 6));
            bytes[n++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isSurrogate(c)) {
            bytes[n++] = (byte) '?';
        } else {
            bytes[n++] = (byte) (0xE0 | (c >> 12));
            bytes[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            bytes[n++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void paar(char hoog, char laag) {
        int cp = Character.toCodePoint(hoog, laag);
        bytes[n++] = (byte) (0xF0 | (cp >> 18));
        bytes[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        bytes[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        bytes[n++] = (byte) (0x80 | (cp & 0x3F));
    }

    private void leeg() throws IOException {
        uit.write(bytes, 0, n);
        n = 0;
    }

    @Override
    public void flush() throws IOException {
        leeg();
        uit.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        uit.close();
    }
}
