"""The solids of the parametric part templates (`cad.parametric`), built with cadquery.

Each function takes checked parameters (numbers in mm) and returns a cadquery Shape.
Sizes that cannot make a part whatever the kernel does (a wall thicker than half the box)
raise `CadError("geometry_failed")` naming the parameter to change; anything the kernel
itself refuses is turned into the same code by `cad.parametric.build_part`.

cadquery is imported inside the functions: importing it costs 2.7 s and 500 MB.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

from cad.errors import CadError

#: Korean ring size (호수) -> inner diameter in mm.
#:
#: The Korean standard is KS D 9537 "반지 크기" (last revised 2013). The table the Korean
#: trade uses, and which the KS ring and mandrel gauges handed out by the Seoul Jewelry
#: Support Center and 한국귀금속판매업중앙회 in 2019 follow, is the Japanese one: 1호 is
#: 13.0 mm and each size adds 1/3 mm (19호 = 19.0 mm), so a size is about 1 mm of inner
#: circumference. (A 2016 survey by 월곡주얼리산업연구소 found that only the Japanese-made
#: gauges met the standard's ±0.3 mm tolerance.) Values as published to one decimal,
#: e.g. in the JIS-derived table at hiironotachi.ifdef.jp/text/TOPIC-2.html.
RING_INNER_DIAMETER_MM: Final[Mapping[int, float]] = MappingProxyType(
    {
        1: 13.0, 2: 13.4, 3: 13.7, 4: 14.0, 5: 14.4, 6: 14.7, 7: 15.0, 8: 15.4,
        9: 15.7, 10: 16.0, 11: 16.4, 12: 16.7, 13: 17.0, 14: 17.4, 15: 17.7,
        16: 18.0, 17: 18.4, 18: 18.7, 19: 19.0, 20: 19.4, 21: 19.7, 22: 20.0,
        23: 20.4, 24: 20.7, 25: 21.0, 26: 21.4, 27: 21.7, 28: 22.0, 29: 22.4,
        30: 22.7,
    }
)  # fmt: skip

COMFORT_DEPTH: Final = 0.4  # a comfort fit's dome, as a share of the band's thickness
LID_GAP_MM: Final = 10.0  # the lid lies this far beside the box, ready to print
KNOB_WALL_MM: Final = 1.2  # the least material left between the bore and a knurl groove


def _fail(parameter: str, detail: str) -> CadError:
    """The part cannot be made with this value of `parameter` (given the others)."""
    return CadError(
        "geometry_failed",
        f"{parameter}: {detail}",
        params={"parameter": parameter, "reason": "does_not_fit"},
    )


def ring(p: Mapping[str, Any]) -> Any:
    """A band around the Z axis; the inner diameter is the size's, at its narrowest.

    With a comfort fit the inside is domed: the band is `thickness` thick at the middle
    and thinner at the edges, and the size is measured at the middle (where it fits).
    """
    import cadquery as cq

    r = RING_INNER_DIAMETER_MM[int(p["size"])] / 2
    w, t = float(p["band_width"]), float(p["thickness"])
    profile = cq.Workplane("XZ").moveTo(r, 0).lineTo(r + t, 0).lineTo(r + t, w)
    if p["comfort_fit"] == "yes":
        dome = COMFORT_DEPTH * t
        profile = profile.lineTo(r + dome, w).threePointArc((r, w / 2), (r + dome, 0))
    else:
        profile = profile.lineTo(r, w)
    # On the XZ workplane local y is global Z: revolve about it.
    return profile.close().revolve(360, (0, 0, 0), (0, 1, 0)).val()


def l_bracket(p: Mapping[str, Any]) -> Any:
    """An L of two legs (leg_a along X, leg_b up Z), `width` deep along Y.

    Optional: a fillet in the inner corner, and one hole through the middle of each leg.
    """
    import cadquery as cq

    a, b, t, w = (float(p[k]) for k in ("leg_a", "leg_b", "thickness", "width"))
    fillet, hole = float(p["inner_fillet"]), float(p["hole_diameter"])
    if t >= min(a, b):
        raise _fail("thickness", "thickness must be less than both legs")
    if hole and (hole >= w or hole >= min(a, b) - t):
        raise _fail("hole_diameter", "a hole must be narrower than the width and the legs")
    outline = [(0, 0), (a, 0), (a, t), (t, t), (t, b), (0, b)]
    # On the XZ workplane a positive extrusion runs along -Y; start at y = w.
    body = cq.Workplane("XZ", origin=(0, w, 0)).polyline(outline).close().extrude(w)
    if fillet > 0:
        corner = cq.selectors.NearestToPointSelector((t, w / 2, t))  # type: ignore[no-untyped-call]
        body = body.edges(corner).fillet(fillet)
    solid: Any = body.val()
    if hole:
        r = hole / 2
        through_a = cq.Solid.makeCylinder(r, t, cq.Vector((a + t) / 2, w / 2, 0))
        through_b = cq.Solid.makeCylinder(
            r, t, cq.Vector(0, w / 2, (b + t) / 2), cq.Vector(1, 0, 0)
        )
        solid = solid.cut(through_a, through_b)
    return solid


def enclosure(p: Mapping[str, Any]) -> Any:
    """An open box and its lid as two solids of one part, laid out side by side to print.

    `outer_x/y/z` is the closed enclosure. The box is `outer_z - wall` high, open at the
    top; the lid is a `wall`-thick plate (lying on the bed) with a hollow lip that goes
    into the box's opening with `lid_clearance` all round. The lid lies `LID_GAP_MM`
    beside the box along +X. Corners are rounded with `corner_radius` outside and the
    matching radius inside, so the wall is even.
    """
    import cadquery as cq

    x, y, z = (float(p[k]) for k in ("outer_x", "outer_y", "outer_z"))
    wall, corner, gap = float(p["wall"]), float(p["corner_radius"]), float(p["lid_clearance"])
    if 2 * (wall + gap + wall) >= min(x, y):  # the lip's own walls must fit in the opening
        raise _fail("wall", "the walls take up the whole box")
    if z <= 3 * wall:
        raise _fail("wall", "the box is not taller than its floor and lid")
    inner_x, inner_y = x - 2 * wall, y - 2 * wall
    inner_r = max(corner - wall, 0.0)
    height = z - wall
    lip = min(2 * wall + 1.0, (height - wall) / 2)

    box = _rounded_box(cq, x, y, height, corner).cut(
        _rounded_box(cq, inner_x, inner_y, height, inner_r, z0=wall)
    )
    lip_x, lip_y, lip_r = inner_x - 2 * gap, inner_y - 2 * gap, max(inner_r - gap, 0.0)
    lip_ring = _rounded_box(cq, lip_x, lip_y, lip, lip_r, z0=wall).cut(
        _rounded_box(cq, lip_x - 2 * wall, lip_y - 2 * wall, lip, max(lip_r - wall, 0), z0=wall)
    )
    lid = _rounded_box(cq, x, y, wall, corner).fuse(lip_ring).clean()
    return cq.Compound.makeCompound([box, lid.translate(cq.Vector(x + LID_GAP_MM, 0, 0))])


def _rounded_box(cq: Any, x: float, y: float, z: float, radius: float, z0: float = 0.0) -> Any:
    """A box centred on the Z axis from z0 up, its vertical edges rounded."""
    box = cq.Workplane("XY", origin=(0, 0, z0)).box(x, y, z, centered=(True, True, False))
    if radius > 0:
        box = box.edges("|Z").fillet(radius)
    return box.val()


def knob(p: Mapping[str, Any]) -> Any:
    """A cylindrical knob standing on its base, a blind bore for the shaft from below.

    The bore is round or D-shaped (the flat at a quarter of the bore's diameter from its
    axis, as on a 6 mm potentiometer shaft with a 4.5 mm flat); `knurl_count` half-round
    grooves run the full height for grip.
    """
    import cadquery as cq

    d, h, bore = float(p["diameter"]), float(p["height"]), float(p["bore_diameter"])
    knurls = int(p["knurl_count"])
    groove = min(math.pi * d / (4 * knurls), 0.06 * d) if knurls else 0.0
    if d / 2 - groove - bore / 2 < KNOB_WALL_MM:
        raise _fail("bore_diameter", "the bore leaves no wall inside the grip")
    depth = h - max(1.0, 0.2 * h)
    solid: Any = cq.Solid.makeCylinder(d / 2, h)
    if knurls:
        grooves = [
            cq.Solid.makeCylinder(
                groove,
                h,
                cq.Vector(
                    d / 2 * math.cos(2 * math.pi * k / knurls),
                    d / 2 * math.sin(2 * math.pi * k / knurls),
                    0,
                ),
            )
            for k in range(knurls)
        ]
        solid = solid.cut(*grooves)
    hole: Any = cq.Solid.makeCylinder(bore / 2, depth)
    if p["shaft"] == "d_flat":
        flat = bore / 4  # distance of the flat from the axis
        keep = cq.Solid.makeBox(bore / 2 + flat, bore, depth, cq.Vector(-bore / 2, -bore / 2, 0))
        hole = hole.intersect(keep)
    return solid.cut(hole)
