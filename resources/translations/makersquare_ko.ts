<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash_dialog.py" line="22" />
        <source>Maker Square — unexpected error</source>
        <translation>Maker Square — 예기치 않은 오류</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="26" />
        <source>Something went wrong inside Maker Square. Your workspace is safe: everything saved before this is still there. Please send the details below to your support contact.
Log file: %1</source>
        <translation>Maker Square 내부에서 문제가 발생했습니다. 워크스페이스는 안전하며, 지금까지 저장한 내용은 모두 그대로 남아 있습니다. 아래 세부 정보를 지원 담당자에게 보내 주세요.
로그 파일: %1</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="36" />
        <source>Copy details</source>
        <translation>세부 정보 복사</translation>
    </message>
</context>
<context>
    <name>DesignCheckPanel</name>
    <message>
        <location filename="../../ui/design_check_panel.py" line="172" />
        <source>Saving check</source>
        <extracomment>Findings that Repair can fix.</extracomment>
        <translation>검사 결과 저장 중</translation>
    </message>
    <message>
        <location filename="../../ui/design_check_panel.py" line="175" />
        <source>Checking design</source>
        <translation>디자인 검사 중</translation>
    </message>
    <message>
        <location filename="../../ui/design_check_panel.py" line="189" />
        <source>Nothing to repair.</source>
        <translation>고칠 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/design_check_panel.py" line="196" />
        <source>Saving repaired design</source>
        <translation>수리한 디자인 저장 중</translation>
    </message>
    <message>
        <location filename="../../ui/design_check_panel.py" line="199" />
        <source>Repairing design</source>
        <translation>디자인 수리 중</translation>
    </message>
    <message>
        <location filename="../../ui/design_check_panel.py" line="252" />
        <source>Saving setting</source>
        <translation>설정 저장 중</translation>
    </message>
    <message>
        <location filename="../../ui/design_check_panel.py" line="278" />
        <source>✔ Ready to make: no problems found.</source>
        <translation>✔ 제작 가능: 문제가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/design_check_panel.py" line="281" />
        <source>✔ Can be made; 1 warning to look at.</source>
        <translation>✔ 제작 가능: 확인할 경고 1건.</translation>
    </message>
    <message>
        <location filename="../../ui/design_check_panel.py" line="282" />
        <source>✔ Can be made; %1 warnings to look at.</source>
        <translation>✔ 제작 가능: 확인할 경고 %1건.</translation>
    </message>
    <message>
        <location filename="../../ui/design_check_panel.py" line="284" />
        <source>✖ Cannot be made as it is: 1 error.</source>
        <translation>✖ 이대로는 제작할 수 없습니다: 오류 1건.</translation>
    </message>
    <message>
        <location filename="../../ui/design_check_panel.py" line="285" />
        <source>✖ Cannot be made as it is: %1 errors.</source>
        <translation>✖ 이대로는 제작할 수 없습니다: 오류 %1건.</translation>
    </message>
    <message>
        <location filename="../../ui/design_check_panel.py" line="288" />
        <source>Check for</source>
        <translation>검사 기준</translation>
    </message>
    <message>
        <location filename="../../ui/design_check_panel.py" line="289" />
        <source>Check again</source>
        <translation>다시 검사</translation>
    </message>
    <message>
        <location filename="../../ui/design_check_panel.py" line="290" />
        <source>Repair</source>
        <translation>수리</translation>
    </message>
    <message>
        <location filename="../../ui/design_check_panel.py" line="292" />
        <source>Writes a repaired copy as the next revision; this one is kept.</source>
        <translation>수리한 사본을 다음 리비전으로 저장합니다. 지금 리비전은 그대로 남습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/design_check_panel.py" line="294" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>Estimates</name>
    <message>
        <location filename="../../ui/estimate_labels.py" line="15" />
        <source>FDM printing (preset)</source>
        <translation>FDM 프린팅 (사전 설정)</translation>
    </message>
    <message>
        <location filename="../../ui/estimate_labels.py" line="16" />
        <source>Resin printing (preset)</source>
        <translation>레진 프린팅 (사전 설정)</translation>
    </message>
    <message>
        <location filename="../../ui/estimate_labels.py" line="17" />
        <source>Jewelry casting (preset)</source>
        <translation>주얼리 주조 (사전 설정)</translation>
    </message>
    <message>
        <location filename="../../ui/estimate_labels.py" line="18" />
        <source>CNC milling (preset)</source>
        <translation>CNC 밀링 (사전 설정)</translation>
    </message>
    <message>
        <location filename="../../ui/estimate_labels.py" line="19" />
        <source>Topology only (preset)</source>
        <translation>형상 무결성만 (사전 설정)</translation>
    </message>
    <message>
        <location filename="../../ui/estimate_labels.py" line="25" />
        <source>Silver 925</source>
        <translation>은 925</translation>
    </message>
    <message>
        <location filename="../../ui/estimate_labels.py" line="26" />
        <source>Gold 18K</source>
        <translation>금 18K</translation>
    </message>
    <message>
        <location filename="../../ui/estimate_labels.py" line="27" />
        <source>Brass</source>
        <translation>황동</translation>
    </message>
    <message>
        <location filename="../../ui/estimate_labels.py" line="36" />
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <location filename="../../ui/estimate_labels.py" line="40" />
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location filename="../../ui/estimate_labels.py" line="45" />
        <source>layer height</source>
        <translation>레이어 높이</translation>
    </message>
    <message>
        <location filename="../../ui/estimate_labels.py" line="46" />
        <source>first layer</source>
        <translation>첫 레이어</translation>
    </message>
    <message>
        <location filename="../../ui/estimate_labels.py" line="47" />
        <source>perimeters</source>
        <translation>외벽 수</translation>
    </message>
    <message>
        <location filename="../../ui/estimate_labels.py" line="48" />
        <source>top layers</source>
        <translation>윗면 레이어</translation>
    </message>
    <message>
        <location filename="../../ui/estimate_labels.py" line="49" />
        <source>bottom layers</source>
        <translation>바닥 레이어</translation>
    </message>
    <message>
        <location filename="../../ui/estimate_labels.py" line="50" />
        <source>infill</source>
        <translation>내부 채움</translation>
    </message>
    <message>
        <location filename="../../ui/estimate_labels.py" line="51" />
        <source>infill pattern</source>
        <translation>채움 패턴</translation>
    </message>
    <message>
        <location filename="../../ui/estimate_labels.py" line="52" />
        <source>extrusion width</source>
        <translation>압출 폭</translation>
    </message>
    <message>
        <location filename="../../ui/estimate_labels.py" line="53" />
        <source>infill speed</source>
        <translation>채움 속도</translation>
    </message>
    <message>
        <location filename="../../ui/estimate_labels.py" line="54" />
        <source>perimeter speed</source>
        <translation>외벽 속도</translation>
    </message>
    <message>
        <location filename="../../ui/estimate_labels.py" line="55" />
        <source>acceleration</source>
        <translation>가속도</translation>
    </message>
    <message>
        <location filename="../../ui/estimate_labels.py" line="56" />
        <source>filament diameter</source>
        <translation>필라멘트 지름</translation>
    </message>
    <message>
        <location filename="../../ui/estimate_labels.py" line="57" />
        <source>density</source>
        <translation>밀도</translation>
    </message>
    <message>
        <location filename="../../ui/estimate_labels.py" line="58" />
        <source>shrinkage</source>
        <translation>수축률</translation>
    </message>
    <message>
        <location filename="../../ui/estimate_labels.py" line="61" />
        <source>PrusaSlicer's default profile</source>
        <translation>PrusaSlicer 기본 프로파일</translation>
    </message>
    <message>
        <location filename="../../ui/estimate_labels.py" line="62" />
        <source>no supports</source>
        <translation>서포트 없음</translation>
    </message>
    <message>
        <location filename="../../ui/estimate_labels.py" line="63" />
        <source>printed as modelled</source>
        <translation>모델 방향 그대로 출력</translation>
    </message>
    <message>
        <location filename="../../ui/estimate_labels.py" line="64" />
        <source>a fully solid part</source>
        <translation>속이 꽉 찬 부품</translation>
    </message>
    <message>
        <location filename="../../ui/estimate_labels.py" line="65" />
        <source>sprue and button not included</source>
        <translation>탕도와 버튼 제외</translation>
    </message>
    <message>
        <location filename="../../ui/estimate_labels.py" line="79" />
        <source>Mass: %1</source>
        <translation>무게: %1</translation>
    </message>
    <message>
        <location filename="../../ui/estimate_labels.py" line="83" />
        <source>FDM print: about %1, %2 m of filament (%3 g)</source>
        <translation>FDM 출력: 약 %1, 필라멘트 %2 m (%3 g)</translation>
    </message>
    <message>
        <location filename="../../ui/estimate_labels.py" line="95" />
        <source>Assuming %1.</source>
        <translation>가정: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/estimate_labels.py" line="104" />
        <source>Cast metal: %1 (%2)</source>
        <translation>주조 금속: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../../ui/finding_labels.py" line="20" />
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="21" />
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="22" />
        <source>Note</source>
        <translation>참고</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="28" />
        <source>Holes (open edges)</source>
        <translation>구멍 (열린 모서리)</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="29" />
        <source>Non-manifold edges</source>
        <translation>비다양체 모서리</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="30" />
        <source>Faces flipped against their neighbours</source>
        <translation>이웃과 반대로 뒤집힌 면</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="31" />
        <source>Inside out</source>
        <translation>안팎이 뒤집힘</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="32" />
        <source>Faces without area</source>
        <translation>넓이가 없는 면</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="33" />
        <source>Duplicate faces</source>
        <translation>중복된 면</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="34" />
        <source>Several bodies</source>
        <translation>여러 개의 몸체</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="35" />
        <source>Self-intersections</source>
        <translation>자기 교차</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="36" />
        <source>Too big for the machine</source>
        <translation>장비보다 큼</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="37" />
        <source>Walls too thin</source>
        <translation>벽이 너무 얇음</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="38" />
        <source>Overhangs need supports</source>
        <translation>서포트가 필요한 오버행</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="39" />
        <source>Features too small</source>
        <translation>너무 작은 형상</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="40" />
        <source>Size looks like the wrong unit</source>
        <translation>단위가 잘못된 듯한 크기</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="41" />
        <source>Check not finished</source>
        <translation>검사 미완료</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="58" />
        <source>%1 edges belong to one face only: the surface has holes.</source>
        <translation>모서리 %1개가 한 면에만 붙어 있습니다: 표면에 구멍이 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="61" />
        <source>%1 edges are shared by three or more faces.</source>
        <translation>모서리 %1개를 세 개 이상의 면이 함께 씁니다.</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="62" />
        <source>%1 edges join faces that point in opposite directions.</source>
        <translation>모서리 %1개가 서로 반대 방향을 향한 면을 잇습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="65" />
        <source>%1 bodies are inside out: their faces point inwards.</source>
        <translation>몸체 %1개의 안팎이 뒤집혀 면이 안쪽을 향합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="66" />
        <source>%1 faces have no area.</source>
        <translation>면 %1개의 넓이가 0입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="67" />
        <source>%1 faces repeat another face.</source>
        <translation>면 %1개가 다른 면과 겹칩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="68" />
        <source>The file holds %1 separate bodies.</source>
        <translation>파일에 떨어진 몸체가 %1개 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="69" />
        <source>%1 faces cut through other faces.</source>
        <translation>면 %1개가 다른 면을 뚫고 지나갑니다.</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="70" />
        <source>%1 bodies are smaller than %2 mm.</source>
        <translation>몸체 %1개가 %2 mm보다 작습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="77" />
        <source>%1 mm does not fit the build volume %2 mm, in any orientation.</source>
        <translation>%1 mm는 어느 방향으로 놓아도 출력 공간 %2 mm에 들어가지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="83" />
        <source>Walls down to %1 mm; the process needs at least %2 mm.</source>
        <translation>벽 두께가 %1 mm까지 얇습니다. 이 공정은 최소 %2 mm가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="89" />
        <source>%1 mm² faces down more steeply than %2° and needs supports.</source>
        <translation>%1 mm²가 %2°보다 가파르게 아래를 향해 서포트가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="96" />
        <source>The %1 check ran out of time; its result is partial.</source>
        <translation>'%1' 검사가 시간 안에 끝나지 않아 결과가 일부입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="105" />
        <source>inches</source>
        <translation>인치</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="106" />
        <source>centimetres</source>
        <translation>센티미터</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="107" />
        <source>metres</source>
        <translation>미터</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="108" />
        <source>micrometres</source>
        <translation>마이크로미터</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="111" />
        <source>The part is %1 mm at its largest: check its unit.</source>
        <translation>부품의 가장 긴 쪽이 %1 mm입니다: 단위를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="115" />
        <source>The part is %1 mm at its largest: was it drawn in %2?</source>
        <translation>부품의 가장 긴 쪽이 %1 mm입니다: %2 단위로 그린 것 아닌가요?</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="130" />
        <source>Use Repair to close small holes, or close the surface in your CAD program.</source>
        <translation>수리로 작은 구멍을 메우거나, CAD 프로그램에서 표면을 닫으세요.</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="133" />
        <source>Separate the faces that meet at one edge in your CAD program; Repair cannot fix this.</source>
        <translation>CAD 프로그램에서 한 모서리에 모인 면들을 떼어 내세요. 수리로는 고칠 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="137" />
        <source>Use Repair to turn the faces the same way.</source>
        <translation>수리로 면의 방향을 맞추세요.</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="138" />
        <source>Use Repair to turn the part right side out.</source>
        <translation>수리로 부품의 안팎을 바로잡으세요.</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="139" />
        <location filename="../../ui/finding_labels.py" line="140" />
        <source>Use Repair to remove them.</source>
        <translation>수리로 없애세요.</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="141" />
        <source>Fine for a plate of parts; join them in CAD if they should be one part.</source>
        <translation>여러 부품을 함께 출력한다면 괜찮습니다. 한 부품이어야 한다면 CAD에서 합치세요.</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="144" />
        <source>Join the overlapping bodies with a boolean union in your CAD program.</source>
        <translation>CAD 프로그램에서 겹친 몸체를 불리언 합치기로 하나로 만드세요.</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="147" />
        <source>Split the part, scale it down, or choose a bigger machine.</source>
        <translation>부품을 나누거나 줄이거나, 더 큰 장비를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="150" />
        <source>Thicken the marked walls, or choose a finer process.</source>
        <translation>표시된 벽을 두껍게 하거나, 더 정밀한 공정을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="151" />
        <source>Add supports, or turn the part so the marked faces face up.</source>
        <translation>서포트를 넣거나, 표시된 면이 위를 향하도록 부품을 돌리세요.</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="154" />
        <source>Enlarge or remove the marked bits.</source>
        <translation>표시된 부분을 키우거나 없애세요.</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="155" />
        <source>Re-export in millimetres, or scale the part.</source>
        <translation>밀리미터 단위로 다시 내보내거나 크기를 조정하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/finding_labels.py" line="156" />
        <source>Run the check again with more time, or on a simpler part.</source>
        <translation>시간을 더 주어 다시 검사하거나, 더 단순한 부품으로 검사하세요.</translation>
    </message>
</context>
<context>
    <name>FindingsTableModel</name>
    <message>
        <location filename="../../ui/models/findings_model.py" line="61" />
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <location filename="../../ui/models/findings_model.py" line="62" />
        <source>Finding</source>
        <translation>발견 사항</translation>
    </message>
    <message>
        <location filename="../../ui/models/findings_model.py" line="63" />
        <source>Details</source>
        <translation>자세히</translation>
    </message>
</context>
<context>
    <name>JobDetailWidget</name>
    <message>
        <location filename="../../ui/job_detail.py" line="317" />
        <source>%1  created as %2</source>
        <translation>%1  %2 상태로 생성</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="373" />
        <source>Triangles: %1</source>
        <translation>삼각형 수: %1</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="374" />
        <source>Surface: %1 mm²</source>
        <translation>표면적: %1 mm²</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="375" />
        <source>Watertight</source>
        <translation>닫힌 메시 (워터타이트)</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="375" />
        <source>Not watertight (open edges)</source>
        <translation>열린 메시 (열린 모서리 있음)</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="376" />
        <source>Bodies: %1</source>
        <translation>바디 수: %1</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="386" />
        <source>Sent</source>
        <translation>발송 완료</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="386" />
        <source>Draft</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="391" />
        <source>%1 won</source>
        <translation>%1원</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="435" />
        <source>Saving job</source>
        <translation>작업 저장 중</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="446" />
        <source>Changing status</source>
        <translation>상태 변경 중</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="471" />
        <source>Import design</source>
        <translation>디자인 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="473" />
        <source>3D files (%1)</source>
        <translation>3D 파일 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="490" />
        <source>Saving design</source>
        <translation>디자인 저장 중</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="500" />
        <source>Importing %1</source>
        <translation>%1 가져오는 중</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="530" />
        <source>Making %1</source>
        <translation>%1 만드는 중</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="535" />
        <source>Making the part…</source>
        <translation>부품 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="542" />
        <source>Making the part… %1%</source>
        <translation>부품 만드는 중… %1%</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="581" />
        <source>Creating quote</source>
        <translation>견적서 만드는 중</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="602" />
        <source>Select a job on the left, or create one with + New job.</source>
        <translation>왼쪽 목록에서 작업을 선택하거나 [+ 새 작업]으로 새로 만드세요.</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="603" />
        <source>Details</source>
        <translation>상세 정보</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="607" />
        <source>Title</source>
        <translation>작업명</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="608" />
        <source>Customer</source>
        <translation>거래처</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="609" />
        <source>Due</source>
        <translation>납기</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="610" />
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="611" />
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="612" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="617" />
        <source>Set</source>
        <translation>지정</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="623" />
        <source>Save changes</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="624" />
        <source>More</source>
        <translation>더 보기</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="625" />
        <source>Designs</source>
        <translation>디자인</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="626" />
        <source>Import design…</source>
        <translation>디자인 가져오기…</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="627" />
        <source>New part…</source>
        <translation>새 부품…</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="628" />
        <source>Make a part from a template: ring, bracket, …</source>
        <translation>템플릿으로 부품 만들기: 반지, 브래킷 등</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="631" />
        <source>Drop STL, OBJ, PLY, OFF, 3MF, glTF, STEP or IGES files here to add them to this job.</source>
        <translation>STL, OBJ, PLY, OFF, 3MF, glTF, STEP, IGES 파일을 여기에 끌어다 놓으면 이 작업에 추가됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="634" />
        <source>Quotes</source>
        <translation>견적서</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="635" />
        <source>+ New quote</source>
        <translation>+ 새 견적서</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="637" />
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="637" />
        <source>Rev.</source>
        <translation>차수</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="637" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="637" />
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="639" />
        <source>History</source>
        <translation>변경 이력</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <location filename="../../ui/models/job_table_model.py" line="31" />
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../../ui/models/job_table_model.py" line="32" />
        <source>Title</source>
        <translation>작업명</translation>
    </message>
    <message>
        <location filename="../../ui/models/job_table_model.py" line="33" />
        <source>Customer</source>
        <translation>거래처</translation>
    </message>
    <message>
        <location filename="../../ui/models/job_table_model.py" line="34" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/models/job_table_model.py" line="35" />
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <location filename="../../ui/models/job_table_model.py" line="36" />
        <source>Due</source>
        <translation>납기</translation>
    </message>
    <message>
        <location filename="../../ui/models/job_table_model.py" line="37" />
        <source>Updated</source>
        <translation>수정일시</translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <location filename="../../ui/jobs_page.py" line="101" />
        <source>Loading jobs</source>
        <translation>작업 목록 불러오는 중</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_page.py" line="132" />
        <source>Creating job</source>
        <translation>작업 만드는 중</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_page.py" line="205" />
        <source>Search jobs: number, title, customer…  (Ctrl+F)</source>
        <translation>작업 검색: 번호, 작업명, 거래처…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_page.py" line="206" />
        <source>+ New job</source>
        <translation>+ 새 작업</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_page.py" line="210" />
        <source>Open jobs</source>
        <translation>진행 중인 작업</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_page.py" line="211" />
        <source>All jobs</source>
        <translation>전체 작업</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="30" />
        <source>Inquiry</source>
        <translation>문의</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31" />
        <source>Quoting</source>
        <translation>견적 중</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32" />
        <source>Quoted</source>
        <translation>견적 발송</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33" />
        <source>Accepted</source>
        <translation>수주</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34" />
        <source>In production</source>
        <translation>제작 중</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35" />
        <source>Quality check</source>
        <translation>품질 검사</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36" />
        <source>Delivered</source>
        <translation>납품 완료</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37" />
        <source>Closed</source>
        <translation>종결</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38" />
        <source>On hold</source>
        <translation>보류</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39" />
        <source>Cancelled</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46" />
        <source>Revise quote</source>
        <translation>견적 수정</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48" />
        <source>Back to production</source>
        <translation>재작업 (제작으로)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50" />
        <source>Resume</source>
        <translation>작업 재개</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52" />
        <source>Start quoting</source>
        <translation>견적 시작</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53" />
        <source>Mark quoted</source>
        <translation>견적 발송으로 표시</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54" />
        <source>Customer accepted</source>
        <translation>수주 확정</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>Start production</source>
        <translation>제작 시작</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <source>Start quality check</source>
        <translation>품질 검사 시작</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57" />
        <source>Mark delivered</source>
        <translation>납품 완료로 표시</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58" />
        <source>Close job</source>
        <translation>작업 종결</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59" />
        <source>Put on hold</source>
        <translation>보류</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60" />
        <source>Cancel job</source>
        <translation>작업 취소</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66" />
        <source>Low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67" />
        <source>Normal</source>
        <translation>보통</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68" />
        <source>High</source>
        <translation>높음</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69" />
        <source>Urgent</source>
        <translation>긴급</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75" />
        <source>The file is empty.</source>
        <translation>파일이 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76" />
        <source>The file is damaged or not in the format its name says.</source>
        <translation>파일이 손상되었거나, 확장자와 실제 파일 형식이 다릅니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79" />
        <source>This file type is not supported. Use STL, OBJ, PLY, OFF, 3MF, glTF, STEP, IGES or BREP.</source>
        <translation>지원하지 않는 파일 형식입니다. STL, OBJ, PLY, OFF, 3MF, glTF, STEP, IGES 또는 BREP 파일을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83" />
        <source>The file is too large to open.</source>
        <translation>파일이 너무 커서 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84" />
        <source>The file contains invalid coordinates (not numbers).</source>
        <translation>파일에 잘못된 좌표(숫자가 아닌 값)가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85" />
        <source>The file contains no surfaces.</source>
        <translation>파일에 면(서피스)이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86" />
        <source>A size of the part is missing or out of range.</source>
        <translation>부품 치수가 빠졌거나 허용 범위를 벗어났습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87" />
        <source>The part cannot be built with these sizes (a rounding or wall is too big).</source>
        <translation>이 치수로는 부품을 만들 수 없습니다 (모깎기나 벽이 너무 큽니다).</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90" />
        <source>STEP, IGES and BREP need OpenCASCADE, which is not installed.</source>
        <translation>STEP, IGES, BREP 파일에는 OpenCASCADE가 필요한데 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93" />
        <source>The file took too long to read.</source>
        <translation>파일을 읽는 데 너무 오래 걸립니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94" />
        <source>The file could not be read.</source>
        <translation>파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101" />
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103" />
        <source>A job that is '%1' cannot become '%2'. Possible next steps: %3.</source>
        <translation>'%1' 상태의 작업은 '%2' 상태로 바꿀 수 없습니다. 가능한 다음 단계: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109" />
        <source>This workspace was saved by a newer version of Maker Square. Update Maker Square to open it; the workspace was not changed.</source>
        <translation>이 워크스페이스는 더 새로운 버전의 Maker Square에서 저장되었습니다. 열려면 Maker Square를 업데이트하세요. 워크스페이스는 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115" />
        <source>This file is not a Maker Square workspace; it was not changed.</source>
        <translation>이 파일은 Maker Square 워크스페이스가 아닙니다. 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="117" />
        <source>No workspace was found at %1.</source>
        <translation>%1에서 워크스페이스를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="121" />
        <source>The disk is full. Free some space and try again; nothing was lost.</source>
        <translation>디스크 공간이 부족합니다. 공간을 확보한 뒤 다시 시도하세요. 잃어버린 데이터는 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125" />
        <source>This quote revision was sent and cannot change. Make a new revision to edit it.</source>
        <translation>이 차수의 견적서는 이미 발송되어 변경할 수 없습니다. 수정하려면 새 차수를 만드세요.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="131" />
        <source>Could not import %1: %2</source>
        <translation>%1 파일을 가져오지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="139" />
        <source>This workspace already holds the demo.</source>
        <translation>이 워크스페이스에는 이미 데모 데이터가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="141" />
        <source>The demo goes into a new, empty workspace; this one already has work.</source>
        <translation>데모는 비어 있는 새 워크스페이스에만 만들 수 있습니다. 이 워크스페이스에는 이미 데이터가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="146" />
        <source>It no longer exists; it may have been deleted.</source>
        <translation>해당 항목을 찾을 수 없습니다. 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="148" />
        <source>Permission denied: %1</source>
        <translation>접근 권한이 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="150" />
        <source>The file system reported an error: %1</source>
        <translation>파일 시스템 오류: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="153" />
        <source>Something went wrong.</source>
        <translation>문제가 발생했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="164" />
        <source>Could not make %1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="170" />
        <source>Could not make %1 with these sizes: “%2” does not fit with the others. Change it and try again.</source>
        <translation>%1: 이 치수로는 만들 수 없습니다. ‘%2’ 값이 다른 치수와 맞지 않으니 바꾼 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="180" />
        <source>Could not make %1: “%2” must be from %3 to %4.</source>
        <translation>%1: 만들 수 없습니다. ‘%2’ 값은 %3부터 %4까지여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="187" />
        <source>Could not make %1: “%2” is missing or not valid.</source>
        <translation>%1: 만들 수 없습니다. ‘%2’ 값이 없거나 올바르지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="193" />
        <source>Enter a title for the job.</source>
        <translation>작업명을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="194" />
        <source>Enter the customer's name.</source>
        <translation>거래처명을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="195" />
        <source>The business registration number is not valid.</source>
        <translation>사업자등록번호가 올바르지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="196" />
        <source>Enter an item name for the line.</source>
        <translation>품목명을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="197" />
        <source>The quantity must be a whole number, 0 or more.</source>
        <translation>수량은 0 이상의 정수로 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="198" />
        <source>The unit price must be a whole number of won, 0 or more.</source>
        <translation>단가는 0 이상의 정수(원 단위)로 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="201" />
        <source>The validity date cannot be before the issue date.</source>
        <translation>유효기한은 견적일보다 앞설 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="202" />
        <source>Add at least one line to the quote first.</source>
        <translation>먼저 견적서에 품목을 한 개 이상 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="203" />
        <source>A value is not valid.</source>
        <translation>입력값이 올바르지 않습니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="192" />
        <location filename="../../ui/main_window.py" line="317" />
        <source>Maker Square</source>
        <translation>Maker Square</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193" />
        <source>Jobs</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193" />
        <source>Quotes</source>
        <translation>견적</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193" />
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213" />
        <source>&amp;New job…</source>
        <translation>새 작업(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214" />
        <source>&amp;Import design…</source>
        <translation>디자인 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215" />
        <source>&amp;Back up workspace now</source>
        <translation>지금 워크스페이스 백업(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216" />
        <source>&amp;Sync with the square now</source>
        <translation>지금 광장과 동기화(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218" />
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219" />
        <source>&amp;Find job</source>
        <translation>작업 찾기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220" />
        <source>&amp;About Maker Square</source>
        <translation>Maker Square 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198" />
        <source>● Offline — working locally</source>
        <translation>● 오프라인 — 이 컴퓨터에서 작업 중</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200" />
        <source>Not connected to the square. Everything is saved in this workspace.</source>
        <translation>Maker Square 온라인에 연결되어 있지 않습니다. 모든 내용은 이 워크스페이스에 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204" />
        <source>Workspace: %1</source>
        <translation>워크스페이스: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247" />
        <source> (+%1 more)</source>
        <translation> (외 %1건)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291" />
        <source>Backed up to %1</source>
        <translation>백업 완료: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295" />
        <source>Backing up</source>
        <translation>백업 중</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305" />
        <source>About Maker Square</source>
        <translation>Maker Square 정보</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306" />
        <source>Maker Square %1
Jobs, quotes and 3D designs for small makers.</source>
        <translation>Maker Square %1
작은 공방과 제작 업체를 위한 작업·견적·3D 디자인 관리</translation>
    </message>
    <message>
        <location filename="../../ui/gui.py" line="115" />
        <source>Building the demo workspace</source>
        <translation>데모 워크스페이스 만드는 중</translation>
    </message>
    <message>
        <location filename="../../ui/gui.py" line="117" />
        <source>Opening workspace</source>
        <translation>워크스페이스 여는 중</translation>
    </message>
</context>
<context>
    <name>NewJobDialog</name>
    <message>
        <location filename="../../ui/new_job_dialog.py" line="28" />
        <source>New job</source>
        <translation>새 작업</translation>
    </message>
    <message>
        <location filename="../../ui/new_job_dialog.py" line="32" />
        <source>e.g. Silver ring prototype, size 13</source>
        <translation>예: 은반지 시제품, 13호</translation>
    </message>
    <message>
        <location filename="../../ui/new_job_dialog.py" line="39" />
        <source>Customer name</source>
        <translation>거래처명</translation>
    </message>
    <message>
        <location filename="../../ui/new_job_dialog.py" line="40" />
        <source>Set</source>
        <translation>지정</translation>
    </message>
    <message>
        <location filename="../../ui/new_job_dialog.py" line="58" />
        <source>Title</source>
        <translation>작업명</translation>
    </message>
    <message>
        <location filename="../../ui/new_job_dialog.py" line="59" />
        <source>Customer</source>
        <translation>거래처</translation>
    </message>
    <message>
        <location filename="../../ui/new_job_dialog.py" line="60" />
        <source>Due</source>
        <translation>납기</translation>
    </message>
    <message>
        <location filename="../../ui/new_job_dialog.py" line="61" />
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <location filename="../../ui/new_job_dialog.py" line="66" />
        <source>Create job</source>
        <translation>작업 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/new_job_dialog.py" line="73" />
        <source>Enter a title for the job.</source>
        <translation>작업명을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>PartTemplateDialog</name>
    <message>
        <location filename="../../ui/part_template_dialog.py" line="52" />
        <source>New part from a template</source>
        <extracomment>The order templates are offered in.</extracomment>
        <translation>템플릿으로 새 부품 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/part_template_dialog.py" line="62" />
        <source>&amp;Template</source>
        <translation>템플릿(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/part_template_dialog.py" line="71" />
        <source>Sizes</source>
        <translation>치수</translation>
    </message>
    <message>
        <location filename="../../ui/part_template_dialog.py" line="85" />
        <source>Make part</source>
        <extracomment>fields[template code][parameter name] -&gt; its input widget</extracomment>
        <translation>부품 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/part_template_dialog.py" line="137" />
        <source>From %1 to %2</source>
        <translation>%1부터 %2까지</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <location filename="../../ui/quote_dialog.py" line="182" />
        <source>Quote %1</source>
        <translation>견적서 %1</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="185" />
        <source>Revision %1</source>
        <translation>%1차</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="187" />
        <source>Sent</source>
        <translation>발송 완료</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="187" />
        <source>Draft</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="216" />
        <source>%1 won</source>
        <translation>%1원</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="238" />
        <location filename="../../ui/quote_dialog.py" line="261" />
        <location filename="../../ui/quote_dialog.py" line="322" />
        <source>Saving quote</source>
        <translation>견적서 저장 중</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="247" />
        <source>New item</source>
        <translation>새 품목</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="297" />
        <location filename="../../ui/quote_dialog.py" line="396" />
        <source>Mark as sent</source>
        <translation>발송 완료로 표시</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="299" />
        <source>Once sent, this revision is frozen; later changes make a new revision. Mark it as sent?</source>
        <translation>발송 완료로 표시하면 이 차수는 더 이상 수정할 수 없고, 이후 변경 사항은 새 차수로 만들어집니다. 발송 완료로 표시할까요?</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="339" />
        <source>Save quote as PDF</source>
        <translation>견적서를 PDF로 저장</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="339" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="353" />
        <source>Writing PDF</source>
        <translation>PDF 만드는 중</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="360" />
        <source>Saved %1</source>
        <translation>저장 완료: %1</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="365" />
        <location filename="../../ui/quote_dialog.py" line="371" />
        <source>Quote</source>
        <translation>견적서</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="374" />
        <source>This revision was sent and is frozen. To change it, make a new revision; this one stays as it was.</source>
        <translation>이 차수는 발송되어 수정할 수 없습니다. 변경하려면 새 차수를 만드세요. 이 차수는 그대로 보존됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="380" />
        <location filename="../../ui/quote_dialog.py" line="391" />
        <source>VAT</source>
        <translation>부가세</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="380" />
        <source>Rounding</source>
        <translation>단수 처리</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="380" />
        <source>Valid until</source>
        <translation>유효기한</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="386" />
        <source>+ Add line</source>
        <translation>+ 품목 추가</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="387" />
        <source>Remove line</source>
        <translation>품목 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="388" />
        <source>Notes (printed on the quote)</source>
        <translation>비고 (견적서에 인쇄됨)</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="391" />
        <source>Supply amount</source>
        <translation>공급가액</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="391" />
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="395" />
        <source>Save as PDF…</source>
        <translation>견적서 PDF로 저장…</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="397" />
        <source>New revision</source>
        <translation>새 차수 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="398" />
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>QuoteLinesModel</name>
    <message>
        <location filename="../../ui/models/quote_lines_model.py" line="39" />
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../../ui/models/quote_lines_model.py" line="40" />
        <source>Item</source>
        <translation>품목</translation>
    </message>
    <message>
        <location filename="../../ui/models/quote_lines_model.py" line="41" />
        <source>Spec.</source>
        <translation>규격</translation>
    </message>
    <message>
        <location filename="../../ui/models/quote_lines_model.py" line="42" />
        <source>Qty</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../../ui/models/quote_lines_model.py" line="43" />
        <source>Unit price</source>
        <translation>단가</translation>
    </message>
    <message>
        <location filename="../../ui/models/quote_lines_model.py" line="44" />
        <source>Supply amount</source>
        <translation>공급가액</translation>
    </message>
    <message>
        <location filename="../../ui/models/quote_lines_model.py" line="45" />
        <source>VAT</source>
        <translation>세액</translation>
    </message>
    <message>
        <location filename="../../ui/models/quote_lines_model.py" line="46" />
        <source>Note</source>
        <translation>비고</translation>
    </message>
</context>
<context>
    <name>QuoteTerms</name>
    <message>
        <location filename="../../ui/quote_terms.py" line="33" />
        <source>VAT extra (+10 %)</source>
        <translation>부가세 별도 (+10%)</translation>
    </message>
    <message>
        <location filename="../../ui/quote_terms.py" line="33" />
        <source>VAT included</source>
        <translation>부가세 포함</translation>
    </message>
    <message>
        <location filename="../../ui/quote_terms.py" line="43" />
        <source>Round down</source>
        <translation>절사</translation>
    </message>
    <message>
        <location filename="../../ui/quote_terms.py" line="44" />
        <source>Round</source>
        <translation>반올림</translation>
    </message>
    <message>
        <location filename="../../ui/quote_terms.py" line="45" />
        <source>Round up</source>
        <translation>절상</translation>
    </message>
    <message>
        <location filename="../../ui/quote_terms.py" line="49" />
        <source>%1 to %2 won</source>
        <translation>%2원 단위 %1</translation>
    </message>
</context>
<context>
    <name>QuotesPage</name>
    <message>
        <location filename="../../ui/quotes_page.py" line="75" />
        <source>Sent</source>
        <translation>발송 완료</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page.py" line="75" />
        <source>Draft</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page.py" line="112" />
        <source>Quotes</source>
        <translation>견적서</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page.py" line="113" />
        <source>Open quote</source>
        <translation>견적서 열기</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page.py" line="114" />
        <source>Go to job</source>
        <translation>작업으로 이동</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page.py" line="117" />
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page.py" line="118" />
        <source>Rev.</source>
        <translation>차수</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page.py" line="119" />
        <source>Job</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page.py" line="120" />
        <source>Customer</source>
        <translation>거래처</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page.py" line="121" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page.py" line="122" />
        <source>Date</source>
        <translation>견적일</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page.py" line="123" />
        <source>Total (won)</source>
        <translation>합계 (원)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="261" />
        <source>%1 of 10 digits</source>
        <translation>10자리 중 %1자리</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="264" />
        <source>✓ valid</source>
        <translation>✓ 올바른 번호</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="267" />
        <source>✗ check digit does not match</source>
        <translation>✗ 검증번호가 맞지 않습니다</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="272" />
        <source>Seal image</source>
        <translation>도장 이미지</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="272" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>이미지 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="310" />
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="320" />
        <source>Saving profile</source>
        <translation>사업자 정보 저장 중</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="326" />
        <source>Saved</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="347" />
        <location filename="../../ui/settings_page.py" line="368" />
        <location filename="../../ui/settings_page.py" line="379" />
        <source>Saving settings</source>
        <translation>설정 저장 중</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="443" />
        <source>Saving catalogue</source>
        <translation>장비·재료 저장 중</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="282" />
        <location filename="../../ui/settings_page.py" line="454" />
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="283" />
        <source>This file is not an image Maker Square can read.</source>
        <translation>Maker Square가 읽을 수 있는 이미지 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="458" />
        <location filename="../../ui/settings_page.py" line="459" />
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="460" />
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="461" />
        <source>Business profile (printed on quotes)</source>
        <translation>사업자 정보 (견적서에 인쇄됨)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="463" />
        <source>Business name (상호)</source>
        <translation>상호</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="464" />
        <source>Representative (대표자)</source>
        <translation>대표자</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="465" />
        <source>Registration no. (사업자등록번호)</source>
        <translation>사업자등록번호</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="466" />
        <source>Address</source>
        <translation>사업장 주소</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="467" />
        <source>Business type (업태)</source>
        <translation>업태</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="468" />
        <source>Business item (종목)</source>
        <translation>종목</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="469" />
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="470" />
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="474" />
        <source>Seal (도장)</source>
        <translation>도장</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="475" />
        <source>Choose image…</source>
        <translation>이미지 선택…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="476" />
        <source>Save profile</source>
        <translation>사업자 정보 저장</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="477" />
        <source>New quotes</source>
        <translation>새 견적서 기본값</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="480" />
        <source>VAT</source>
        <translation>부가세</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="480" />
        <source>Rounding</source>
        <translation>단수 처리</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="480" />
        <source>Valid for (days)</source>
        <translation>유효기간 (일)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="488" />
        <source>The square (sync)</source>
        <translation>광장 (동기화)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="489" />
        <source>Server address</source>
        <translation>서버 주소</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="490" />
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="491" />
        <source>Save and sync</source>
        <translation>저장하고 동기화</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="492" />
        <source>Design checks</source>
        <translation>디자인 검사</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="493" />
        <source>STEP/IGES meshing tolerance</source>
        <translation>STEP/IGES 메시 허용 오차</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="496" />
        <source>How far the triangles of an imported STEP, IGES or BREP part may lie from its true surface. Smaller is more exact and slower; applies to new imports.</source>
        <translation>가져온 STEP, IGES, BREP 부품의 삼각형이 실제 표면에서 벗어날 수 있는 거리입니다. 작을수록 정확하지만 느려지며, 새로 가져오는 파일부터 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="500" />
        <source>Machines</source>
        <translation>장비</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="503" />
        <location filename="../../ui/settings_page.py" line="513" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="504" />
        <location filename="../../ui/settings_page.py" line="514" />
        <source>Process</source>
        <translation>공정</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="505" />
        <source>Build volume (mm)</source>
        <translation>최대 가공 크기 (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="506" />
        <source>Rate (won/h)</source>
        <translation>시간당 단가 (원)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="507" />
        <source>Setup (won)</source>
        <translation>셋업비 (원)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="510" />
        <source>Materials</source>
        <translation>재료</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="515" />
        <source>Density (g/cm³)</source>
        <translation>밀도 (g/cm³)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="516" />
        <source>Price (won/kg)</source>
        <translation>kg당 단가 (원)</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../ui/sync_status.py" line="138" />
        <source>Syncing with the square</source>
        <translation>광장과 동기화 중</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="180" />
        <source>Sign in to the square</source>
        <translation>광장에 로그인</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="182" />
        <source>The user name or password was not accepted.</source>
        <translation>사용자 이름 또는 비밀번호가 맞지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="186" />
        <source>Password for %1:</source>
        <translation>%1의 비밀번호:</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/sync_status.py" line="230" />
        <source>● Offline — working locally</source>
        <translation>● 오프라인 — 이 컴퓨터에서 작업 중</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="231" />
        <source>Not connected to the square. Everything is saved in this workspace.</source>
        <translation>광장에 연결되어 있지 않습니다. 모든 내용은 이 워크스페이스에 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="235" />
        <source>1 change waiting</source>
        <translation>보낼 변경 1건</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="237" />
        <source>%1 changes waiting</source>
        <translation>보낼 변경 %1건</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="239" />
        <source>⟳ Syncing…</source>
        <translation>⟳ 동기화 중…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="241" />
        <source>● Offline</source>
        <translation>● 오프라인</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="243" />
        <source>● Sign-in needed</source>
        <translation>● 로그인 필요</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="246" />
        <source>⚠ Sync failed at %1</source>
        <translation>⚠ %1 동기화 실패</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="250" />
        <source>✔ In sync</source>
        <translation>✔ 동기화됨</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="252" />
        <source>⚠ 1 quote draft to merge</source>
        <translation>⚠ 합칠 견적 초안 1건</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="254" />
        <source>⚠ %1 quote drafts to merge</source>
        <translation>⚠ 합칠 견적 초안 %1건</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="255" />
        <source>Square: %1 as %2</source>
        <translation>광장: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="258" />
        <source>Last in sync: %1</source>
        <translation>마지막 동기화: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="270" />
        <source>Sync now</source>
        <translation>지금 동기화</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../ui/template_labels.py" line="16" />
        <source>Ring (Korean size)</source>
        <translation>반지 (호수)</translation>
    </message>
    <message>
        <location filename="../../ui/template_labels.py" line="17" />
        <source>L-bracket</source>
        <translation>L자 브래킷</translation>
    </message>
    <message>
        <location filename="../../ui/template_labels.py" line="18" />
        <source>Enclosure with lid</source>
        <translation>뚜껑 있는 케이스</translation>
    </message>
    <message>
        <location filename="../../ui/template_labels.py" line="19" />
        <source>Knob</source>
        <translation>노브 (손잡이)</translation>
    </message>
    <message>
        <location filename="../../ui/template_labels.py" line="25" />
        <source>A band ring made to a Korean ring size (호), flat or rounded inside.</source>
        <translation>호수에 맞춘 밴드 반지입니다. 안쪽은 평평하게 또는 둥글게 할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/template_labels.py" line="29" />
        <source>An L of two legs with a fillet in the inner corner and a hole through each leg.</source>
        <translation>두 다리로 된 L자 브래킷입니다. 안쪽 모서리에 모깎기가, 다리마다 구멍이 하나씩 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/template_labels.py" line="33" />
        <source>An open box and a lid that fits into it, laid side by side to print.</source>
        <translation>위가 열린 상자와 그 안에 끼워지는 뚜껑을 나란히 놓아 한 번에 출력합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/template_labels.py" line="37" />
        <source>A round knob with a bore for a D-cut or round shaft, knurled or smooth.</source>
        <translation>D컷 축이나 원형 축에 끼우는 둥근 노브입니다. 널링을 넣거나 매끈하게 할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/template_labels.py" line="47" />
        <source>Ring size</source>
        <translation>호수</translation>
    </message>
    <message>
        <location filename="../../ui/template_labels.py" line="48" />
        <source>Band width</source>
        <translation>밴드 폭</translation>
    </message>
    <message>
        <location filename="../../ui/template_labels.py" line="49" />
        <source>Thickness</source>
        <translation>두께</translation>
    </message>
    <message>
        <location filename="../../ui/template_labels.py" line="50" />
        <source>Comfort fit (rounded inside)</source>
        <translation>컴포트 핏 (안쪽 둥글게)</translation>
    </message>
    <message>
        <location filename="../../ui/template_labels.py" line="52" />
        <source>Leg A (along the base)</source>
        <translation>다리 A (바닥 방향)</translation>
    </message>
    <message>
        <location filename="../../ui/template_labels.py" line="53" />
        <source>Leg B (upright)</source>
        <translation>다리 B (세로 방향)</translation>
    </message>
    <message>
        <location filename="../../ui/template_labels.py" line="54" />
        <source>Width</source>
        <translation>폭</translation>
    </message>
    <message>
        <location filename="../../ui/template_labels.py" line="55" />
        <source>Inner fillet radius</source>
        <translation>안쪽 모깎기 반경</translation>
    </message>
    <message>
        <location filename="../../ui/template_labels.py" line="56" />
        <source>Hole diameter (0: no holes)</source>
        <translation>구멍 지름 (0: 구멍 없음)</translation>
    </message>
    <message>
        <location filename="../../ui/template_labels.py" line="58" />
        <source>Outer length (X)</source>
        <translation>외부 길이 (X)</translation>
    </message>
    <message>
        <location filename="../../ui/template_labels.py" line="59" />
        <source>Outer width (Y)</source>
        <translation>외부 폭 (Y)</translation>
    </message>
    <message>
        <location filename="../../ui/template_labels.py" line="60" />
        <source>Outer height (Z)</source>
        <translation>외부 높이 (Z)</translation>
    </message>
    <message>
        <location filename="../../ui/template_labels.py" line="61" />
        <source>Wall thickness</source>
        <translation>벽 두께</translation>
    </message>
    <message>
        <location filename="../../ui/template_labels.py" line="62" />
        <source>Corner radius</source>
        <translation>모서리 반경</translation>
    </message>
    <message>
        <location filename="../../ui/template_labels.py" line="63" />
        <source>Lid clearance</source>
        <translation>뚜껑 유격</translation>
    </message>
    <message>
        <location filename="../../ui/template_labels.py" line="65" />
        <source>Diameter</source>
        <translation>지름</translation>
    </message>
    <message>
        <location filename="../../ui/template_labels.py" line="66" />
        <source>Height</source>
        <translation>높이</translation>
    </message>
    <message>
        <location filename="../../ui/template_labels.py" line="67" />
        <source>Shaft bore diameter</source>
        <translation>축 구멍 지름</translation>
    </message>
    <message>
        <location filename="../../ui/template_labels.py" line="68" />
        <source>Shaft</source>
        <translation>축 모양</translation>
    </message>
    <message>
        <location filename="../../ui/template_labels.py" line="69" />
        <source>Knurls (0: smooth)</source>
        <translation>널링 수 (0: 매끈하게)</translation>
    </message>
    <message>
        <location filename="../../ui/template_labels.py" line="75" />
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../ui/template_labels.py" line="76" />
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../ui/template_labels.py" line="77" />
        <source>D-cut (with a flat)</source>
        <translation>D컷 (평면 있음)</translation>
    </message>
    <message>
        <location filename="../../ui/template_labels.py" line="78" />
        <source>Round</source>
        <translation>원형</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../ui/cli.py" line="121" />
        <source>Workspace: %1</source>
        <translation>워크스페이스: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="122" />
        <source>Schema revision: %1</source>
        <translation>스키마 버전: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="123" />
        <source>Journal: %1</source>
        <translation>저널 모드: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="129" />
        <source>Integrity: %1</source>
        <translation>무결성 검사: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="131" />
        <source>Foreign key problems: %1</source>
        <translation>외래 키 문제: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="136" />
        <source>Missing design files: %1</source>
        <translation>누락된 디자인 파일: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="141" />
        <source>Damaged design files: %1</source>
        <translation>손상된 디자인 파일: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="147" />
        <source>the workspace has problems (see above)</source>
        <translation>워크스페이스에 문제가 있습니다 (위 내용 참조)</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="152" />
        <source>Backed up to %1</source>
        <translation>백업 완료: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="168" />
        <source>Demo workspace ready: %1</source>
        <translation>데모 워크스페이스 준비 완료: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="185" />
        <source>Saved %1</source>
        <translation>저장 완료: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli_check.py" line="39" />
        <source>unknown preset</source>
        <translation>알 수 없는 사전 설정</translation>
    </message>
    <message>
        <location filename="../../ui/cli_check.py" line="44" />
        <source>no part files found</source>
        <translation>부품 파일을 찾지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/cli_check.py" line="80" />
        <source>internal error</source>
        <translation>내부 오류</translation>
    </message>
    <message>
        <location filename="../../ui/cli_check.py" line="110" />
        <source>unreadable</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <location filename="../../ui/cli_check.py" line="111" />
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message>
        <location filename="../../ui/cli_check.py" line="111" />
        <source>has errors</source>
        <translation>오류 있음</translation>
    </message>
    <message>
        <location filename="../../ui/cli_check.py" line="116" />
        <source>Preset: %1</source>
        <translation>사전 설정: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli_check.py" line="126" />
        <source>%1 triangles, %2 mm, %3 cm³, %4 bodies</source>
        <translation>삼각형 %1개, %2 mm, %3 cm³, 몸체 %4개</translation>
    </message>
    <message>
        <location filename="../../ui/cli_check.py" line="140" />
        <source>%1 of %2 files OK</source>
        <translation>파일 %2개 중 %1개 정상</translation>
    </message>
    <message>
        <location filename="../../ui/cli_sync.py" line="40" />
        <source>The square cannot be reached. Check the network and the address; nothing was lost.</source>
        <translation>광장에 연결할 수 없습니다. 네트워크와 주소를 확인하세요. 잃어버린 것은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/cli_sync.py" line="44" />
        <source>This computer has no keyring to keep the sign-in, so the password is needed each time: give it with --password-stdin.</source>
        <translation>이 컴퓨터에는 로그인을 보관할 키링이 없어 매번 비밀번호가 필요합니다: --password-stdin으로 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/cli_sync.py" line="49" />
        <source>No saved sign-in for this user: give the password with --password-stdin.</source>
        <translation>이 사용자의 저장된 로그인이 없습니다: --password-stdin으로 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/cli_sync.py" line="52" />
        <source>The user name or password is wrong.</source>
        <translation>사용자 이름 또는 비밀번호가 틀렸습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/cli_sync.py" line="53" />
        <source>The sign-in has expired: sign in again.</source>
        <translation>로그인이 만료되었습니다: 다시 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/cli_sync.py" line="54" />
        <source>The square needs a newer Maker Square. Please update Maker Square.</source>
        <translation>광장은 더 새로운 Maker Square가 필요합니다. Maker Square를 업데이트하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/cli_sync.py" line="57" />
        <source>This user may not do that on the square.</source>
        <translation>이 사용자는 광장에서 그 작업을 할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/cli_sync.py" line="58" />
        <source>The square does not know it (it may have been removed).</source>
        <translation>광장에 없는 항목입니다 (삭제되었을 수 있습니다).</translation>
    </message>
    <message>
        <location filename="../../ui/cli_sync.py" line="59" />
        <source>The square refused a request as invalid.</source>
        <translation>광장이 요청을 잘못된 것으로 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/cli_sync.py" line="60" />
        <source>The square needs a fresh copy of the jobs; sync again.</source>
        <translation>광장에서 작업을 새로 받아야 합니다. 다시 동기화하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/cli_sync.py" line="63" />
        <source>A design file arrived damaged and was dropped; sync again to retry.</source>
        <translation>디자인 파일이 손상되어 버렸습니다. 다시 동기화하면 다시 받습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/cli_sync.py" line="66" />
        <source>A file is too large for the square.</source>
        <translation>파일이 광장에 올리기에 너무 큽니다.</translation>
    </message>
    <message>
        <location filename="../../ui/cli_sync.py" line="67" />
        <source>The square had a problem; try again later. Nothing was lost.</source>
        <translation>광장에 문제가 있습니다. 나중에 다시 시도하세요. 잃어버린 것은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/cli_sync.py" line="70" />
        <source>The sync was cancelled; nothing was lost.</source>
        <translation>동기화를 취소했습니다. 잃어버린 것은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/cli_sync.py" line="71" />
        <source>The address does not answer like a square. Check the server address.</source>
        <translation>이 주소는 광장처럼 응답하지 않습니다. 서버 주소를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/cli_sync.py" line="74" />
        <source>The sync failed.</source>
        <translation>동기화에 실패했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/cli_sync.py" line="143" />
        <source>synced: pushed %1, pulled %2, files up %3, down %4</source>
        <translation>동기화됨: 보냄 %1, 받음 %2, 파일 올림 %3, 내려받음 %4</translation>
    </message>
    <message>
        <location filename="../../ui/cli_sync.py" line="150" />
        <source>%1 refused by the square</source>
        <translation>광장이 거부함 %1건</translation>
    </message>
    <message>
        <location filename="../../ui/cli_sync.py" line="154" />
        <source>%1 conflicts to resolve</source>
        <translation>해결할 충돌 %1건</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/gui.py" line="110" />
        <source>Maker Square</source>
        <translation>Maker Square</translation>
    </message>
</context>
</TS>
