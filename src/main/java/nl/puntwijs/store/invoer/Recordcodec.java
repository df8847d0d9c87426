package nl.puntwijs.store.invoer;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A compact binary form of the core model's records (an {@link nl.puntwijs.core.model.Eenheid} with everything in
 * it), for keeping what an import read out of the heap until it is stored. Generic over records: every component
 * is written by its declared type (text, exact decimals with their scale, whole numbers, flags, dates, enums, lists
 * and sets of those, nested records), so a record read back {@code equals} the one written, and a field added to
 * the model later is carried along without changing this class; a type it cannot carry fails when it is first
 * met. The form lives only as long as one import (enums by ordinal), never in a file that outlives the process.
 */
final class Recordcodec<T extends Record> {

    /** How one value of a declared type is written and read. */
    private interface Soort {
        void schrijf(Uit uit, Object waarde);

        Object lees(In in);
    }

    /** A growing byte array (unsynchronised, unlike the streams of java.io), reused per thread. */
    private static final class Uit {
        byte[] b = new byte[4096];
        int n;

        void ruimte(int extra) {
            if (n + extra > b.length) {
                b = Arrays.copyOf(b, Math.max(b.length * 2, n + extra));
            }
        }

        void writeByte(int v) {
            ruimte(1);
            b[n++] = (byte) v;
        }

        void writeBoolean(boolean v) {
            writeByte(v ? 1 : 0);
        }

        /** Zigzag varint: small numbers of either sign take one byte. */
        void writeInt(int v) {
            writeLong(v);
        }

        void writeLong(long v) {
            long z = (v << 1) ^ (v >> 63);
            ruimte(10);
            while ((z & ~0x7FL) != 0) {
                b[n++] = (byte) ((z & 0x7F) | 0x80);
                z >>>= 7;
            }
            b[n++] = (byte) z;
        }

        void write(byte[] bytes) {
            ruimte(bytes.length);
            System.arraycopy(bytes, 0, b, n, bytes.length);
            n += bytes.length;
        }
    }

    private static final class In {
        final byte[] b;
        int i;

        In(byte[] b) {
            this.b = b;
        }

        int readUnsignedByte() {
            return b[i++] & 0xFF;
        }

        boolean readBoolean() {
            return b[i++] != 0;
        }

        int readInt() {
            return (int) readLong();
        }

        long readLong() {
            long z = 0;
            int schuif = 0;
            while (true) {
                byte x = b[i++];
                z |= (long) (x & 0x7F) << schuif;
                if (x >= 0) {
                    break;
                }
                schuif += 7;
            }
            return (z >>> 1) ^ -(z & 1);
        }

        void readFully(byte[] doel) {
            System.arraycopy(b, i, doel, 0, doel.length);
            i += doel.length;
        }
    }

    private static final ThreadLocal<Uit> BUFFER = ThreadLocal.withInitial(Uit::new);

    private static final Map<Type, Soort> SOORTEN = new ConcurrentHashMap<>();

    private final Class<T> klasse;
    private final Soort soort;

    Recordcodec(Class<T> klasse) {
        this.klasse = klasse;
        this.soort = soort(klasse);
    }

    byte[] schrijf(T waarde) {
        Uit uit = BUFFER.get();
        uit.n = 0;
        soort.schrijf(uit, waarde);
        return Arrays.copyOf(uit.b, uit.n);
    }

    T lees(byte[] bytes) {
        return klasse.cast(soort.lees(new In(bytes)));
    }

    private static Soort soort(Type type) {
        Soort s = SOORTEN.get(type);
        if (s == null) {
            s = maak(type);
            SOORTEN.put(type, s);
        }
        return s;
    }

    private static Soort maak(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c
                && (c == List.class || c == Set.class || c == Collection.class)) {
            Soort element = soort(p.getActualTypeArguments()[0]);
            boolean set = c == Set.class;
            return nullbaar(new Soort() {
                @Override
                public void schrijf(Uit uit, Object waarde) {
                    Collection<?> lijst = (Collection<?>) waarde;
                    uit.writeInt(lijst.size());
                    for (Object o : lijst) {
                        element.schrijf(uit, o);
                    }
                }

                @Override
                public Object lees(In in) {
                    int n = in.readInt();
                    Collection<Object> lijst = set ? new LinkedHashSet<>() : new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        lijst.add(element.lees(in));
                    }
                    return lijst;
                }
            });
        }
        if (!(type instanceof Class<?> c)) {
            throw new IllegalArgumentException("geen vorm voor " + type);
        }
        if (c == int.class) {
            return new Soort() {
                @Override
                public void schrijf(Uit uit, Object waarde) {
                    uit.writeInt((Integer) waarde);
                }

                @Override
                public Object lees(In in) {
                    return in.readInt();
                }
            };
        }
        if (c == boolean.class) {
            return new Soort() {
                @Override
                public void schrijf(Uit uit, Object waarde) {
                    uit.writeBoolean((Boolean) waarde);
                }

                @Override
                public Object lees(In in) {
                    return in.readBoolean();
                }
            };
        }
        if (c == long.class) {
            return new Soort() {
                @Override
                public void schrijf(Uit uit, Object waarde) {
                    uit.writeLong((Long) waarde);
                }

                @Override
                public Object lees(In in) {
                    return in.readLong();
                }
            };
        }
        if (c == Integer.class) {
            return nullbaar(soort(int.class));
        }
        if (c == Boolean.class) {
            return nullbaar(soort(boolean.class));
        }
        if (c == Long.class) {
            return nullbaar(soort(long.class));
        }
        if (c == String.class) {
            return nullbaar(new Soort() {
                @Override
                public void schrijf(Uit uit, Object waarde) {
                    byte[] b = ((String) waarde).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    uit.writeInt(b.length);
                    uit.write(b);
                }

                @Override
                public Object lees(In in) {
                    byte[] b = new byte[in.readInt()];
                    in.readFully(b);
                    return new String(b, java.nio.charset.StandardCharsets.UTF_8);
                }
            });
        }
        if (c == BigDecimal.class) {
            return nullbaar(new Soort() {
                @Override
                public void schrijf(Uit uit, Object waarde) {
                    BigDecimal d = (BigDecimal) waarde;
                    uit.writeInt(d.scale());
                    BigInteger o = d.unscaledValue();
                    if (o.bitLength() < 64) {
                        uit.writeByte(0);
                        uit.writeLong(o.longValue());
                    } else {
                        byte[] b = o.toByteArray();
                        uit.writeByte(1);
                        uit.writeInt(b.length);
                        uit.write(b);
                    }
                }

                @Override
                public Object lees(In in) {
                    int schaal = in.readInt();
                    if (in.readUnsignedByte() == 0) {
                        return BigDecimal.valueOf(in.readLong(), schaal);
                    }
                    byte[] b = new byte[in.readInt()];
                    in.readFully(b);
                    return new BigDecimal(new BigInteger(b), schaal);
                }
            });
        }
        if (c == LocalDate.class) {
            return nullbaar(new Soort() {
                @Override
                public void schrijf(Uit uit, Object waarde) {
                    uit.writeLong(((LocalDate) waarde).toEpochDay());
                }

                @Override
                public Object lees(In in) {
                    return LocalDate.ofEpochDay(in.readLong());
                }
            });
        }
        if (c.isEnum()) {
            Object[] waarden = c.getEnumConstants();
            return nullbaar(new Soort() {
                @Override
                public void schrijf(Uit uit, Object waarde) {
                    uit.writeInt(((Enum<?>) waarde).ordinal());
                }

                @Override
                public Object lees(In in) {
                    return waarden[in.readInt()];
                }
            });
        }
        if (c.isRecord()) {
            return nullbaar(record(c));
        }
        throw new IllegalArgumentException("geen vorm voor " + c.getName());
    }

    private static Soort record(Class<?> c) {
        RecordComponent[] delen = c.getRecordComponents();
        MethodHandle[] lezers = new MethodHandle[delen.length];
        Soort[] soorten = new Soort[delen.length];
        Class<?>[] typen = new Class<?>[delen.length];
        MethodHandle maker;
        try {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            for (int i = 0; i < delen.length; i++) {
                lezers[i] = lookup.unreflect(delen[i].getAccessor()).asType(MethodType.methodType(Object.class, Object.class));
                typen[i] = delen[i].getType();
            }
            Constructor<?> k = c.getDeclaredConstructor(typen);
            maker = lookup.unreflectConstructor(k).asSpreader(Object[].class, delen.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("geen vorm voor " + c.getName(), e);
        }
        for (int i = 0; i < delen.length; i++) {
            soorten[i] = soort(delen[i].getGenericType());
        }
        return new Soort() {
            @Override
            public void schrijf(Uit uit, Object waarde) {
                for (int i = 0; i < lezers.length; i++) {
                    Object v;
                    try {
                        v = (Object) lezers[i].invokeExact(waarde);
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Throwable t) {
                        throw new IllegalStateException(t);
                    }
                    soorten[i].schrijf(uit, v);
                }
            }

            @Override
            public Object lees(In in) {
                Object[] args = new Object[soorten.length];
                for (int i = 0; i < soorten.length; i++) {
                    args[i] = soorten[i].lees(in);
                }
                try {
                    return (Object) maker.invokeExact(args);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Throwable t) {
                    throw new IllegalStateException(t);
                }
            }
        };
    }

    private static Soort nullbaar(Soort s) {
        return new Soort() {
            @Override
            public void schrijf(Uit uit, Object waarde) {
                uit.writeBoolean(waarde != null);
                if (waarde != null) {
                    s.schrijf(uit, waarde);
                }
            }

            @Override
            public Object lees(In in) {
                return in.readBoolean() ? s.lees(in) : null;
            }
        };
    }
}
