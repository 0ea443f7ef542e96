"""Lab files: a teacher's lesson as a sequence of steps with predict-then-run questions.

Qt-free: reading and checking ``.tflab`` files (:mod:`.reading`, schema in
:mod:`.schema`), the probes that compute the real answers with TensorFlow
(:mod:`.probes`), the student's way through a lab (:mod:`.runner`), progress across
restarts (:mod:`.progress`), the student report (:mod:`.report`), the teacher's
"save as lab step" (:mod:`.authoring`) and ``--check-lab`` (:mod:`.checking`).
The Qt side is :mod:`tfintro_gui.ui.labs`.
"""

from tfintro_gui.core.labs.checking import check_lab_command, check_lab_file
from tfintro_gui.core.labs.model import Lab, Question, Step
from tfintro_gui.core.labs.reading import LabFileError, Problem, load_lab
from tfintro_gui.core.labs.runner import LabRun

__all__ = ["Lab", "LabFileError", "LabRun", "Problem", "Question", "Step",
           "check_lab_command", "check_lab_file", "load_lab"]
