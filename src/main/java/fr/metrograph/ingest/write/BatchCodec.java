package fr.metrograph.ingest.write;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Encodes a {@link WriteBatch} as bytes, to stage it in the graph as a property of a
 * {@code :PendingBatch} node until the load switches in, and decodes it back. A small
 * tagged binary format over {@link DataOutputStream}: the rows only hold strings,
 * integers, floats, booleans, nulls, lists, dates and date-times, and a hand-written
 * format keeps the exact types (a date stays a {@code LocalDate}, so the statements see
 * the same values whether the batch was staged or written at once). Nothing but these
 * types is ever read back, whatever the bytes say.
 * <p>
 * Format 2 writes each distinct string of a batch once and refers to it by number after
 * that: a sheet's rows repeat their keys, statuses, extractor and meeting ids, so a batch
 * is about half the size to write, to keep and to delete. Format 1 batches (left by a
 * load an older version interrupted) are still read.
 */
final class BatchCodec {

	private static final int VERSION = 2;

	private static final byte NULL = 0;

	private static final byte STRING = 1;

	private static final byte LONG = 2;

	private static final byte DOUBLE = 3;

	private static final byte TRUE = 4;

	private static final byte FALSE = 5;

	private static final byte LIST = 6;

	private static final byte MAP = 7;

	private static final byte DATE = 8;

	private static final byte DATE_TIME = 9;

	private BatchCodec() {
	}

	static byte[] encode(WriteBatch batch) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			Map<String, Integer> strings = new HashMap<>();
			out.writeByte(VERSION);
			out.writeInt(batch.parts().size());
			for (WriteBatch.Part part : batch.parts()) {
				out.writeUTF(part.statement());
				out.writeUTF(part.docId());
				out.writeInt(part.rows().size());
				for (Map<String, Object> row : part.rows()) {
					write(out, row, strings);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static WriteBatch decode(byte[] data) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
			int version = in.readByte();
			if (version != 1 && version != VERSION) {
				throw new IllegalStateException("Unknown staged batch format " + version);
			}
			// format 1: no string table
			List<String> strings = (version == VERSION) ? new ArrayList<>() : null;
			int parts = in.readInt();
			List<WriteBatch.Part> list = new ArrayList<>(parts);
			for (int p = 0; p < parts; p++) {
				String statement = in.readUTF();
				String docId = in.readUTF();
				int size = in.readInt();
				List<Map<String, Object>> rows = new ArrayList<>(size);
				for (int i = 0; i < size; i++) {
					@SuppressWarnings("unchecked")
					Map<String, Object> row = (Map<String, Object>) read(in, strings);
					rows.add(row);
				}
				list.add(new WriteBatch.Part(statement, docId, rows));
			}
			return new WriteBatch(List.copyOf(list));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(DataOutputStream out, Object value, Map<String, Integer> strings) throws IOException {
		switch (value) {
			case null -> out.writeByte(NULL);
			case String s -> {
				out.writeByte(STRING);
				writeString(out, s, strings);
			}
			case Integer i -> {
				out.writeByte(LONG);
				out.writeLong(i);
			}
			case Long l -> {
				out.writeByte(LONG);
				out.writeLong(l);
			}
			case Float f -> {
				out.writeByte(DOUBLE);
				out.writeDouble(f);
			}
			case Double d -> {
				out.writeByte(DOUBLE);
				out.writeDouble(d);
			}
			case Boolean b -> out.writeByte(b ? TRUE : FALSE);
			case LocalDate date -> {
				out.writeByte(DATE);
				out.writeLong(date.toEpochDay());
			}
			case ZonedDateTime time -> {
				out.writeByte(DATE_TIME);
				writeString(out, time.toString(), strings);
			}
			case List<?> list -> {
				out.writeByte(LIST);
				out.writeInt(list.size());
				for (Object item : list) {
					write(out, item, strings);
				}
			}
			case Map<?, ?> map -> {
				out.writeByte(MAP);
				out.writeInt(map.size());
				for (Map.Entry<?, ?> entry : map.entrySet()) {
					writeString(out, (String) entry.getKey(), strings);
					write(out, entry.getValue(), strings);
				}
			}
			default -> throw new IllegalArgumentException(
					"Cannot stage a value of type " + value.getClass().getName() + ": " + value);
		}
	}

	private static Object read(DataInputStream in, List<String> strings) throws IOException {
		byte tag = in.readByte();
		return switch (tag) {
			case NULL -> null;
			case STRING -> readString(in, strings);
			case LONG -> in.readLong();
			case DOUBLE -> in.readDouble();
			case TRUE -> Boolean.TRUE;
			case FALSE -> Boolean.FALSE;
			case DATE -> LocalDate.ofEpochDay(in.readLong());
			case DATE_TIME -> ZonedDateTime.parse(readString(in, strings));
			case LIST -> {
				int size = in.readInt();
				List<Object> list = new ArrayList<>(size);
				for (int i = 0; i < size; i++) {
					list.add(read(in, strings));
				}
				yield list;
			}
			case MAP -> {
				int size = in.readInt();
				Map<String, Object> map = HashMap.newHashMap(size);
				for (int i = 0; i < size; i++) {
					map.put(readString(in, strings), read(in, strings));
				}
				yield map;
			}
			default -> throw new IllegalStateException("Corrupt staged batch: tag " + tag);
		};
	}

	/**
	 * A string the batch has not written yet: 0, then its length and its UTF-8 bytes
	 * (writeUTF is limited to 64 KB; evidence passages and document texts may be longer);
	 * one it has: its number plus one. Both as variable-length integers.
	 */
	private static void writeString(DataOutputStream out, String s, Map<String, Integer> strings) throws IOException {
		Integer known = strings.get(s);
		if (known != null) {
			writeVarInt(out, known + 1);
			return;
		}
		strings.put(s, strings.size());
		byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		writeVarInt(out, 0);
		writeVarInt(out, utf8.length);
		out.write(utf8);
	}

	private static String readString(DataInputStream in, List<String> strings) throws IOException {
		if (strings == null) {
			byte[] utf8 = new byte[in.readInt()];
			in.readFully(utf8);
			return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
		}
		int ref = readVarInt(in);
		if (ref > 0) {
			if (ref > strings.size()) {
				throw new IllegalStateException("Corrupt staged batch: string " + ref);
			}
			return strings.get(ref - 1);
		}
		byte[] utf8 = new byte[readVarInt(in)];
		in.readFully(utf8);
		String s = new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
		strings.add(s);
		return s;
	}

	private static void writeVarInt(DataOutputStream out, int value) throws IOException {
		int v = value;
		while ((v & ~0x7F) != 0) {
			out.writeByte((v & 0x7F) | 0x80);
			v >>>= 7;
		}
		out.writeByte(v);
	}

	private static int readVarInt(DataInputStream in) throws IOException {
		int value = 0;
		for (int shift = 0; shift < 35; shift += 7) {
			int b = in.readUnsignedByte();
			value |= (b & 0x7F) << shift;
			if ((b & 0x80) == 0) {
				if (value < 0) {
					break;
				}
				return value;
			}
		}
		throw new IllegalStateException("Corrupt staged batch: length");
	}

}
