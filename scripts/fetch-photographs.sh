#!/usr/bin/env bash
# Regenerates the bundled photographs under resources/photographs/: four public-domain or
# CC0 photographs shipped in skimage/data/ of the Debian package python3-skimage
# (0.19.3-8, bookworm; their licences are stated in skimage/data/_fetchers.py of that
# package, quoted in resources/photographs/README.md), each cropped to its central square
# and averaged down to 256 x 256 grey levels (luma 0.299 R + 0.587 G + 0.114 B, each output
# pixel the area-weighted mean of the source pixels it covers), written as 8-bit grey PNG.
# Run once; the app and the tests read the committed PNGs and never the network.
# Needs apt-get (download only, no install), dpkg-deb and python3 (standard library only).
#   usage: scripts/fetch-photographs.sh [OUTPUT_DIR]
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$here/resources/photographs}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && apt-get download python3-skimage=0.19.3-8 >/dev/null 2>&1 &&
    dpkg-deb -x python3-skimage_*.deb unpacked)
data="$work/unpacked/usr/lib/python3/dist-packages/skimage/data"
mkdir -p "$out"
python3 - "$data" "$out" <<'PY'
import struct, sys, zlib

data, out = sys.argv[1], sys.argv[2]
SIDE = 256
# source file -> output name (the name the app shows)
PHOTOS = [("astronaut.png", "astronaut"), ("camera.png", "camera"),
          ("chelsea.png", "chelsea"), ("coffee.png", "coffee")]

def read_png(path):
    """8-bit grey, RGB or RGBA, non-interlaced: the only kinds these files use."""
    raw = open(path, "rb").read()
    if raw[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"{path}: not a PNG")
    pos, idat = 8, b""
    while pos < len(raw):
        length, kind = struct.unpack(">I4s", raw[pos:pos + 8])
        body = raw[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    channels = {0: 1, 2: 3, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace:
        sys.exit(f"{path}: unsupported PNG (depth {depth}, colour {colour})")
    stream = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = stream[start], bytearray(stream[start + 1:start + 1 + stride])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = previous[i]
            c = previous[i - channels] if i >= channels else 0
            if kind == 1: line[i] = (line[i] + a) & 255
            elif kind == 2: line[i] = (line[i] + b) & 255
            elif kind == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        previous = line
    grey = []
    for line in rows:
        if channels == 1:
            grey.append([float(v) for v in line])
        else:
            grey.append([0.299 * line[x * channels] + 0.587 * line[x * channels + 1]
                         + 0.114 * line[x * channels + 2] for x in range(width)])
    return width, height, grey

def area_weights(source, size):
    """For each output index, [(source index, weight)] covering 1/size of the source."""
    scale = source / size
    table = []
    for o in range(size):
        lo, hi = o * scale, (o + 1) * scale
        table.append([(s, min(hi, s + 1) - max(lo, s)) for s in range(int(lo), min(source, int(hi) + 1))
                      if min(hi, s + 1) > max(lo, s)])
    return table

def write_png(path, pixels):
    body = b"".join(b"\x00" + bytes(row) for row in pixels)
    def chunk(kind, payload):
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", SIDE, SIDE, 8, 0, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(body, 9)) + chunk(b"IEND", b""))

for source, name in PHOTOS:
    width, height, grey = read_png(f"{data}/{source}")
    side = min(width, height)
    left, top = (width - side) // 2, (height - side) // 2
    weights = area_weights(side, SIDE)
    scale = (side / SIDE) ** 2
    pixels = []
    for oy in range(SIDE):
        row = []
        for ox in range(SIDE):
            total = sum(wy * wx * grey[top + sy][left + sx]
                        for sy, wy in weights[oy] for sx, wx in weights[ox])
            row.append(min(255, max(0, round(total / scale))))
        pixels.append(row)
    write_png(f"{out}/{name}.png", pixels)
    print(f"{name}.png: {source} {width}x{height}, centre {side}x{side} -> {SIDE}x{SIDE}")
PY
