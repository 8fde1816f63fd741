"""A mesh as plain arrays, and welding a triangle soup into one.

`MeshData` is what every reader returns. `weld_vertices` merges bit-identical points; it
is the costly step of reading a big STL, so it is written for speed (see `_unique_rows`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

import numpy as np
from numpy.typing import ArrayLike, NDArray


@dataclass(frozen=True)
class MeshData:
    """A loaded mesh as plain arrays: welded, finite, every vertex used, in millimetres."""

    vertices: NDArray[np.float64]  # (n, 3)
    faces: NDArray[np.int64]  # (m, 3), m >= 1
    format: str  # "stl", "obj", "3mf", ... (the suffix without its dot)
    units: str  # the unit the file was drawn in: "mm", "in", "m", ...
    # Per-face area (mm²) and signed-volume term (mm³, about the box centre), when the
    # reader computed them on the way (the binary STL path does, from the raw triangles).
    face_areas: NDArray[np.float64] | None = None
    face_volumes: NDArray[np.float64] | None = None


def weld_vertices(
    vertices: ArrayLike, faces: ArrayLike
) -> tuple[NDArray[np.float64], NDArray[np.int64]]:
    """Merge vertices with bit-identical coordinates and drop vertices no face uses.

    Returns new (vertices, faces); face order and winding are kept. -0.0 equals 0.0.
    """
    v = np.asarray(vertices)
    if v.dtype not in (np.float32, np.float64):
        v = v.astype(np.float64)
    v = v.reshape(-1, 3)
    f = np.asarray(faces, dtype=np.int64).reshape(-1, 3)
    if len(f) == 0:
        return np.zeros((0, 3), np.float64), np.zeros((0, 3), np.int64)
    # Rows of whole 64-bit words (float32 points get a zero pad); + 0 turns -0.0 into 0.0.
    padded = np.zeros((len(v), 4 if v.dtype == np.float32 else 3), dtype=v.dtype)
    np.add(v, v.dtype.type(0), out=padded[:, :3])
    keep, inverse = unique_points(padded)
    f = inverse[f]
    used = np.zeros(len(keep), dtype=bool)
    used[f.ravel()] = True
    if not used.all():
        f = (np.cumsum(used.astype(np.int64)) - 1)[f]
        keep = keep[used]
    return v[keep].astype(np.float64), f


def unique_points(points: NDArray[np.floating]) -> tuple[NDArray[np.intp], NDArray[np.int64]]:
    """Indices of one row per distinct row, and each row's distinct-row number.

    `points` is C-contiguous with rows of whole 64-bit words (float64 x y z, or float32
    x y z 0). Each row's 64-bit hash keeps its top bits and carries the row index in the
    low bits, so one plain `np.sort` (SIMD, several times faster than an argsort) both
    groups equal rows and gives their order. Neighbours are then compared (word by word,
    or by full hash for big meshes: see `EXACT_UP_TO`), and a group whose points differ
    (their hashes' top bits collided) is split again by a lexsort of just that group.
    """
    n = len(points)
    if n == 0:
        return np.zeros(0, np.intp), np.zeros(0, np.int64)
    words = np.ascontiguousarray(points).view(np.uint64)
    full = _row_hash([words[:, k] for k in range(words.shape[1])])
    index_bits = max(1, (n - 1).bit_length())
    mask = np.uint64((1 << index_bits) - 1)
    packed = np.bitwise_and(full, ~mask)
    packed |= np.arange(n, dtype=np.uint64)
    packed.sort()
    top_bits = packed >> np.uint64(index_bits)
    np.bitwise_and(packed, mask, out=packed)
    order = packed.view(np.int64)
    new = np.empty(n, dtype=bool)
    new[0] = True
    np.not_equal(top_bits[1:], top_bits[:-1], out=new[1:])
    differs = _top_bit_collisions(words, full, order, new)
    del full
    if differs.any():  # the top bits collided: split those groups exactly
        _split_collisions(order, new, words, np.flatnonzero(differs) + 1)
    # Number the distinct points in the order of their first use, not by hash: faces
    # then index nearby points, which keeps every later gather cache-friendly (the body
    # search runs several times faster on a mesh numbered this way).
    first_slots = order[new]
    is_first = np.zeros(n, dtype=bool)
    is_first[first_slots] = True
    # (cumsum of a bool array holds the GIL while it casts: ~145 ms at 12 M, a frozen
    # window while a worker loads; cast first, which does not)
    number_of_slot = np.cumsum(is_first.astype(np.int64)) - 1
    inverse = np.empty(n, dtype=np.int64)
    inverse[order] = number_of_slot[first_slots][np.cumsum(new.astype(np.int64)) - 1]
    return np.flatnonzero(is_first), inverse


#: Up to this many points, neighbours are compared word by word (exact); above it, by
#: their full 64-bit hashes: one gather instead of two or three, on the slowest step of a
#: big weld. A false merge then needs a 64-bit collision of a well-mixed hash: odds about
#: n² / 2⁶⁵, 1 in 10⁷ for the 12 M corners of a 4 M-triangle file.
EXACT_UP_TO: Final = 1 << 22


def _top_bit_collisions(
    words: NDArray[np.uint64],
    full: NDArray[np.uint64],
    order: NDArray[np.int64],
    new: NDArray[np.bool_],
) -> NDArray[np.bool_]:
    """Positions in sorted order where the point differs from the one before, within a
    group of equal top hash bits (where a new group does not already start)."""
    if len(words) > EXACT_UP_TO:
        sorted_full = full[order]
        differs = sorted_full[1:] != sorted_full[:-1]
    else:
        differs = np.zeros(len(words) - 1, dtype=bool)
        for k in range(words.shape[1]):
            column = words[:, k][order]
            differs |= column[1:] != column[:-1]
    differs &= ~new[1:]
    return np.asarray(differs, dtype=bool)


def _split_collisions(
    order: NDArray[np.int64],
    new: NDArray[np.bool_],
    words: NDArray[np.uint64],
    positions: NDArray[np.intp],
) -> None:
    """Re-order, in place, each group holding a position where the point changes."""
    group_starts = np.flatnonzero(new)
    ends = np.append(group_starts[1:], len(new))
    for g in np.unique(np.searchsorted(group_starts, positions, "right") - 1).tolist():
        segment = slice(int(group_starts[g]), int(ends[g]))
        rows = words[order[segment]]
        by_row = np.lexsort(rows.T[::-1])
        order[segment] = order[segment][by_row]
        rows = rows[by_row]
        new[segment.start + 1 : segment.stop] = (rows[1:] != rows[:-1]).any(axis=1)


def _row_hash(columns: list[NDArray[Any]]) -> NDArray[np.uint64]:
    """A 64-bit hash of each row's words (in place: big arrays are costly).

    Each word is folded (high bits into low) before it is multiplied in, so words whose
    low bits are all zero (small whole numbers as float64) still spread over the hash.
    """
    h = columns[0] ^ (columns[0] >> np.uint64(31))
    h *= np.uint64(0x9E3779B97F4A7C15)
    for column in columns[1:]:
        h ^= column
        h ^= h >> np.uint64(31)
        h *= np.uint64(0xBF58476D1CE4E5B9)
    h ^= h >> np.uint64(29)
    h *= np.uint64(0x94D049BB133111EB)
    h ^= h >> np.uint64(32)
    return np.asarray(h, dtype=np.uint64)
