"""Prints the record batches of one partition directory (its .log segments, in order): base and
last offset, partition leader epoch, producer id, producer epoch, base sequence, record count and
values. For investigating a failed chaos check with the node data kept by --data-dir
(<data-dir>/data/node-N/<topic>-<partition>).

Usage: dump-batches.py <partition-dir> [value ...]
With values, only batches holding one of them are printed.
"""
import os
import struct
import sys


def varint(buf, pos):
    shift = 0
    result = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            break
        shift += 7
    return (result >> 1) ^ -(result & 1), pos


def records(buf, pos, count):
    values = []
    for _ in range(count):
        length, pos = varint(buf, pos)
        end = pos + length
        pos += 1  # attributes
        _, pos = varint(buf, pos)  # timestamp delta
        delta, pos = varint(buf, pos)
        klen, pos = varint(buf, pos)
        pos += max(klen, 0)
        vlen, pos = varint(buf, pos)
        values.append((delta, buf[pos:pos + vlen].decode(errors="replace") if vlen >= 0 else None))
        pos = end
    return values


def main():
    directory, wanted = sys.argv[1], set(sys.argv[2:])
    for name in sorted(f for f in os.listdir(directory) if f.endswith(".log")):
        buf = open(os.path.join(directory, name), "rb").read()
        pos = 0
        while pos + 61 <= len(buf):
            base_offset, length, leader_epoch, magic = struct.unpack_from(">qiib", buf, pos)
            if length <= 0 or pos + 12 + length > len(buf):
                break
            attributes, last_delta, _, _, pid, pepoch, base_seq, count = struct.unpack_from(">hiqqqhii", buf, pos + 21)
            values = records(buf, pos + 61, count) if attributes & 0x07 == 0 and not attributes & 0x20 else []
            if not wanted or any(v in wanted for _, v in values):
                shown = " ".join(v for _, v in values) if len(values) <= 12 else f"{values[0][1]} .. {values[-1][1]}"
                print(f"{name} offsets {base_offset}-{base_offset + last_delta} leaderEpoch {leader_epoch} producer {pid}/{pepoch} seq {base_seq} n {count} attrs {attributes:#x}: {shown}")
            pos += 12 + length


if __name__ == "__main__":
    main()
