"""The mesh as OpenGL draws it: arrays prepared off the UI thread, uploaded once.

`FaceMeshItem` is pyqtgraph's `GLMeshItem` fed with finished per-corner arrays (positions,
flat normals, colours), so nothing is computed in Python at paint time — pyqtgraph's
own MeshData path would compute normals in a Python loop (7 s at 1 M faces). A section
hides faces through the index buffer only (the vertex buffers stay on the GPU); a new
colouring uploads only the colour buffer. The shader is a two-sided headlight, so
faces turned the wrong way still read as surfaces.
"""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np
from numpy.typing import NDArray
from OpenGL import GL
from pyqtgraph.opengl import GLMeshItem, shaders
from pyqtgraph.opengl.items.GLMeshItem import DirtyFlag

_names = itertools.count(1)

_VERTEX = """
uniform mat4 u_mvp;
uniform mat3 u_normal;
uniform float u_clip[4];
attribute vec4 a_position;
attribute vec3 a_normal;
attribute vec4 a_color;
varying vec4 v_color;
varying vec3 v_normal;
varying float v_side;
void main() {
    v_normal = u_normal * a_normal;
    v_side = u_clip[0] * a_position.x + u_clip[1] * a_position.y
        + u_clip[2] * a_position.z - u_clip[3];
    v_color = a_color;
    gl_Position = u_mvp * a_position;
}
"""
_FRAGMENT = """
#ifdef GL_ES
precision mediump float;
#endif
varying vec4 v_color;
varying vec3 v_normal;
varying float v_side;
void main() {
    if (v_side > 0.0) discard;  // beyond the section plane
    vec3 n = normalize(v_normal);
    float key = abs(dot(n, normalize(vec3(0.35, 0.55, 1.0))));
    float fill = abs(dot(n, normalize(vec3(-0.7, -0.3, 0.4))));
    float light = 0.42 + 0.50 * key + 0.12 * fill;
    gl_FragColor = vec4(min(v_color.rgb * light, vec3(1.0)), v_color.a);
}
"""

EDGE_COLOUR = (0.13, 0.16, 0.22, 1.0)
WIRE_COLOUR = (0.20, 0.32, 0.50, 1.0)


def lit_shader() -> shaders.ShaderProgram:
    """A new program object: programs belong to one GL context, and each window has its own."""
    return shaders.ShaderProgram(
        f"makersquare-lit-{next(_names)}",
        [shaders.VertexShader(_VERTEX), shaders.FragmentShader(_FRAGMENT)],
        uniforms={"u_clip": NO_CLIP},
    )


NO_CLIP = [0.0, 0.0, 0.0, 1.0]  # 0 - 1 < 0 everywhere: nothing is cut away


def clip_plane(axis: int, offset: float) -> list[float]:
    """The shader's plane: fragments with position[axis] > offset are not drawn."""
    plane = [0.0, 0.0, 0.0, float(offset)]
    plane[axis] = 1.0
    return plane


def _gl_options(offset: bool) -> dict[object, object]:
    options: dict[object, object] = {
        GL.GL_DEPTH_TEST: True,
        GL.GL_BLEND: False,
        GL.GL_CULL_FACE: False,
        GL.GL_POLYGON_OFFSET_FILL: offset,
    }
    if offset:  # faces pushed back a little so the wireframe drawn over them shows
        options["glPolygonOffset"] = (1.0, 1.0)
    return options


class FaceMeshItem(GLMeshItem):  # type: ignore[misc]
    """Flat-shaded triangles from per-corner arrays; wireframe and face subsets on demand."""

    def __init__(self, shader: shaders.ShaderProgram) -> None:
        super().__init__(shader=shader, glOptions=_gl_options(False), smooth=False)
        self._pending = DirtyFlag(0)
        self._keep: NDArray[np.int64] | None = None
        self.face_count = 0

    def set_arrays(
        self,
        positions: NDArray[np.float32],
        normals: NDArray[np.float32],
        colours: NDArray[np.uint8],
    ) -> None:
        self.vertexes = np.ascontiguousarray(positions, dtype=np.float32)
        self.normals = np.ascontiguousarray(normals, dtype=np.float32)
        self.colors = np.ascontiguousarray(colours, dtype=np.uint8)
        self.face_count = len(positions) // 3
        self._pending |= DirtyFlag.POSITION | DirtyFlag.NORMAL | DirtyFlag.COLOR
        self._set_subset(self._keep)

    def set_colours(self, colours: NDArray[np.uint8]) -> None:
        self.colors = np.ascontiguousarray(colours, dtype=np.uint8)
        self._pending |= DirtyFlag.COLOR
        self.update()

    def set_style(self, faces: bool, edges: bool) -> None:
        """Shaded (faces), wireframe (edges) or both."""
        self.opts["drawFaces"] = faces
        self.opts["drawEdges"] = edges
        self.opts["edgeColor"] = EDGE_COLOUR if faces else WIRE_COLOUR
        self.setGLOptions(_gl_options(faces and edges))
        self._set_subset(self._keep)

    def show_faces(self, keep: NDArray[np.int64] | None) -> None:
        """Draw only the edges of these faces (None: all of them). Faces are cut by the
        shader's clip plane instead, exactly at the plane."""
        self._keep = keep
        self._set_subset(keep)

    def _set_subset(self, keep: NDArray[np.int64] | None) -> None:
        if self.vertexes is None:
            return
        corners: NDArray[Any]
        if keep is None:
            corners = np.arange(self.face_count * 3, dtype=np.uint32).reshape(-1, 3)
        else:
            corners = keep.astype(np.uint32)[:, None] * 3 + np.arange(3, dtype=np.uint32)
        if self.opts["drawEdges"]:
            self.edgeVerts = self.vertexes
            self.edges = np.ascontiguousarray(
                np.stack([corners, np.roll(corners, -1, axis=1)], axis=2).reshape(-1, 2)
            )
            self._pending |= DirtyFlag.EDGE_VERTS | DirtyFlag.EDGES
        self.update()

    def parseMeshData(self) -> DirtyFlag:
        pending, self._pending = self._pending, DirtyFlag(0)
        return pending

    def paint(self) -> None:
        if self.vertexes is not None:
            super().paint()
