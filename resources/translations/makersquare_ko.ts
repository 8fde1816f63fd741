<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>BoardColumn</name>
    <message>
        <location filename="../../ui/jobs/board_column.py" line="256"/>
        <source>%1: %2 jobs. Click to expand.</source>
        <translation>%1: 작업 %2건. 클릭하면 펼칩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/board_column.py" line="258"/>
        <source>%1: %2 jobs. Click to collapse.</source>
        <translation>%1: 작업 %2건. 클릭하면 접습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/board_column.py" line="266"/>
        <source>Hidden by the status filter</source>
        <translation>상태 필터로 숨김</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/board_column.py" line="266"/>
        <source>No jobs</source>
        <translation>작업 없음</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../ui/words/conflicts.py" line="22"/>
        <source>Job</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="23"/>
        <source>Status move</source>
        <translation>상태 변경</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="24"/>
        <source>Design</source>
        <translation>디자인</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="25"/>
        <source>Design revision</source>
        <translation>디자인 리비전</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="26"/>
        <source>Quote</source>
        <translation>견적서</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="27"/>
        <source>Quote revision</source>
        <translation>견적서 차수</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="28"/>
        <source>Quote line</source>
        <translation>견적 품목</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="29"/>
        <source>Comment</source>
        <translation>댓글</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="30"/>
        <source>Sharing</source>
        <translation>공유</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="31"/>
        <source>Review request</source>
        <translation>검토 요청</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="32"/>
        <source>Review pin</source>
        <translation>검토 핀</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="33"/>
        <location filename="../../ui/words/conflicts.py" line="128"/>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="41"/>
        <source>Someone else changed this draft at the same time: the square kept both, your version as a sibling draft.</source>
        <translation>다른 곳에서 같은 때에 이 초안을 바꿨습니다. 광장은 둘 다 보관했고, 이 PC의 내용은 형제 초안으로 남았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="47"/>
        <source>The square already has this revision as sent, so it can no longer change: re-apply makes your version a new draft revision.</source>
        <translation>광장에는 이 차수가 이미 발송된 상태라 더는 바꿀 수 없습니다. 다시 적용하면 이 PC의 내용이 새 초안 차수가 됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="53"/>
        <source>The job (or what this belongs to) was deleted on the square.</source>
        <translation>작업(또는 이 항목이 속한 곳)이 광장에서 삭제되었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="57"/>
        <source>The square does not let this user make this change.</source>
        <translation>광장에서 이 사용자는 이 변경을 할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="59"/>
        <source>The job had already moved elsewhere on the square, so this move was refused.</source>
        <translation>광장에서 작업이 이미 다른 상태로 옮겨져 이 상태 변경은 거부되었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="64"/>
        <source>The square did not take this verdict: another verdict on the review came first, or the review was closed. It is kept here; give the verdict again in the review to sign it after the last one.</source>
        <translation>광장이 이 판정을 받지 않았습니다: 이 검토에 다른 판정이 먼저 들어갔거나 검토가 닫혔습니다. 판정은 여기에 보관되어 있으니, 검토 창에서 판정을 다시 내려 마지막 판정 뒤에 서명하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="71"/>
        <source>The square refused this change as too large.</source>
        <translation>광장이 이 변경을 너무 크다는 이유로 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="72"/>
        <source>The square refused this change as invalid (%1).</source>
        <translation>광장이 이 변경을 잘못된 것으로 거부했습니다 (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="99"/>
        <source>a job not in this workspace</source>
        <translation>이 워크스페이스에 없는 작업</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="105"/>
        <source>re-applied</source>
        <translation>다시 적용함</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="107"/>
        <source>discarded</source>
        <translation>버림</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="108"/>
        <source>open</source>
        <translation>처리 전</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="114"/>
        <source>Number</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="115"/>
        <source>Title</source>
        <translation>작업명</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="116"/>
        <source>Customer</source>
        <translation>거래처</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="117"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="118"/>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="119"/>
        <source>Due date</source>
        <translation>납기</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="120"/>
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="121"/>
        <source>From</source>
        <translation>이전 상태</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="122"/>
        <source>To</source>
        <translation>바꿀 상태</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="123"/>
        <location filename="../../ui/words/conflicts.py" line="125"/>
        <source>By</source>
        <translation>작성자</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="124"/>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="126"/>
        <location filename="../../ui/words/conflicts.py" line="127"/>
        <source>Text</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="129"/>
        <source>Reviewer</source>
        <translation>검토자</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="130"/>
        <source>Signed by</source>
        <translation>서명자</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="131"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="132"/>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="133"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="134"/>
        <source>VAT</source>
        <translation>부가세</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="135"/>
        <source>Rounding</source>
        <translation>단수 처리</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="136"/>
        <source>Issued</source>
        <translation>발행일</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="137"/>
        <source>Valid until</source>
        <translation>유효기한</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="138"/>
        <source>Sent at</source>
        <translation>발송 시각</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="139"/>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="140"/>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="159"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="165"/>
        <source>line %1</source>
        <translation>%1번 품목</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="180"/>
        <source>%1 won</source>
        <translation>%1원</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="207"/>
        <source>%1 · %2 × %3</source>
        <translation>%1 · %2개 × %3</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="226"/>
        <source>Draft</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <location filename="../../ui/words/conflicts.py" line="227"/>
        <source>Sent</source>
        <translation>발송 완료</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../ui/square/conflicts_dialog.py" line="125"/>
        <source>Conflicts inbox</source>
        <translation>충돌 보관함</translation>
    </message>
    <message>
        <location filename="../../ui/square/conflicts_dialog.py" line="126"/>
        <source>Show resolved entries</source>
        <translation>처리한 항목도 보기</translation>
    </message>
    <message>
        <location filename="../../ui/square/conflicts_dialog.py" line="127"/>
        <source>Re-apply</source>
        <translation>다시 적용</translation>
    </message>
    <message>
        <location filename="../../ui/square/conflicts_dialog.py" line="129"/>
        <source>Make this PC&apos;s version new work again; the square judges it at the next sync.</source>
        <translation>이 PC의 내용을 새 작업으로 다시 만듭니다. 다음 동기화 때 광장이 다시 판단합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/square/conflicts_dialog.py" line="131"/>
        <source>Discard…</source>
        <translation>버리기…</translation>
    </message>
    <message>
        <location filename="../../ui/square/conflicts_dialog.py" line="133"/>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../ui/square/conflicts_dialog.py" line="133"/>
        <source>This PC</source>
        <translation>이 PC</translation>
    </message>
    <message>
        <location filename="../../ui/square/conflicts_dialog.py" line="133"/>
        <source>The square</source>
        <translation>광장</translation>
    </message>
    <message>
        <location filename="../../ui/square/conflicts_dialog.py" line="136"/>
        <source>The conflicts inbox is empty: the square took every change made here.</source>
        <translation>충돌 보관함이 비어 있습니다. 광장이 이 PC의 변경을 모두 받았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/square/conflicts_dialog.py" line="208"/>
        <source>this PC</source>
        <translation>이 PC</translation>
    </message>
    <message>
        <location filename="../../ui/square/conflicts_dialog.py" line="211"/>
        <source>Changed here by %1, %2 · filed %3</source>
        <translation>%1이(가) 이 PC에서 변경 (%2) · 보관 %3</translation>
    </message>
    <message>
        <location filename="../../ui/square/conflicts_dialog.py" line="247"/>
        <source>Discard this version?</source>
        <translation>이 내용을 버릴까요?</translation>
    </message>
    <message>
        <location filename="../../ui/square/conflicts_dialog.py" line="249"/>
        <source>This PC&apos;s version will not go to the square. The entry stays in the inbox, marked discarded, so you can still read it.</source>
        <translation>이 PC의 내용은 광장으로 가지 않습니다. 항목은 ‘버림’으로 표시된 채 보관함에 남아 계속 읽을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>CostBreakdown</name>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="30"/>
        <source>Material</source>
        <translation>재료비</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="31"/>
        <source>Machine time</source>
        <translation>장비 사용료</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="32"/>
        <source>Setup</source>
        <translation>셋업비</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="33"/>
        <source>Finishing</source>
        <translation>후가공비</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="34"/>
        <source>Margin</source>
        <translation>이윤</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="62"/>
        <source>FDM estimate stored with the design check</source>
        <translation>디자인 검사 때 저장된 FDM 추정치</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="63"/>
        <source>FDM estimate computed for this quote</source>
        <translation>이 견적을 위해 계산한 FDM 추정치</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="64"/>
        <source>resin: layers × seconds per layer</source>
        <translation>레진: 레이어 수 × 레이어당 초</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="65"/>
        <source>CNC: removed volume ÷ removal rate</source>
        <translation>CNC: 제거 부피 ÷ 제거 속도</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="66"/>
        <source>hours typed in</source>
        <translation>직접 입력한 시간</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="67"/>
        <source>no time model for this process: type the hours in</source>
        <translation>이 공정은 시간 모델이 없습니다: 시간을 직접 입력하세요</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="71"/>
        <source>Machine time: %1</source>
        <translation>장비 시간: %1</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="74"/>
        <source>Waste and support allowance %1</source>
        <translation>손실·서포트 여유분 %1</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="77"/>
        <source>Material is the stock block (bounding box) %1</source>
        <translation>재료는 원자재 블록(외곽 크기) 기준 %1</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="80"/>
        <source>Setup fee is per order, spread over %1</source>
        <translation>셋업비는 주문당 1회, %1에 나눠 반영</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="83"/>
        <source>Estimated print time %1</source>
        <translation>예상 출력 시간 %1</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="86"/>
        <source>Slicer settings: PrusaSlicer defaults, 0.3 mm layers, 20 % infill</source>
        <translation>슬라이서 설정: PrusaSlicer 기본값, 레이어 0.3 mm, 채움 20 %</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="89"/>
        <source>No FDM estimate (is the part closed?): type the hours in</source>
        <translation>FDM 추정치 없음(부품이 닫혀 있나요?): 시간을 직접 입력하세요</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="92"/>
        <source>%1 layers</source>
        <translation>레이어 %1개</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="93"/>
        <source>Layer height %1</source>
        <translation>레이어 높이 %1</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="94"/>
        <source>%1 per layer (exposure, lift and peel); one piece per build</source>
        <translation>레이어당 %1(노광·리프트·필), 한 번에 1개 출력</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="97"/>
        <source>Removed volume %1</source>
        <translation>제거 부피 %1</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="98"/>
        <source>Removal rate %1</source>
        <translation>제거 속도 %1</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="99"/>
        <source>Machine time is not modelled for %1</source>
        <translation>%1 공정은 장비 시간을 계산하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="141"/>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="192"/>
        <source>Part</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="142"/>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="193"/>
        <source>Formula</source>
        <translation>계산식</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="143"/>
        <source>Won / piece</source>
        <translation>개당 금액(원)</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="154"/>
        <source>Line %1: %2</source>
        <translation>%1번 품목: %2</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="164"/>
        <source>All lines from designs</source>
        <translation>디자인에서 만든 모든 품목</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="170"/>
        <source>Unit price</source>
        <translation>단가</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="173"/>
        <source>Assumptions: %1</source>
        <translation>가정: %1</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="184"/>
        <source>sum of %1 lines from designs, × quantity</source>
        <translation>디자인 품목 %1개의 합계 (× 수량)</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="189"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/cost_breakdown_panel.py" line="194"/>
        <source>Won</source>
        <translation>원</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash_dialog.py" line="22"/>
        <source>Maker Square — unexpected error</source>
        <translation>Maker Square — 예기치 않은 오류</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="26"/>
        <source>Something went wrong inside Maker Square. Your workspace is safe: everything saved before this is still there. Please send the details below to your support contact.
Log file: %1</source>
        <translation>Maker Square 내부에서 문제가 발생했습니다. 워크스페이스는 안전하며, 지금까지 저장한 내용은 모두 그대로 남아 있습니다. 아래 세부 정보를 지원 담당자에게 보내 주세요.
로그 파일: %1</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="37"/>
        <source>Copy details</source>
        <translation>세부 정보 복사</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="163"/>
        <source>Quoted</source>
        <translation>견적 발송</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="171"/>
        <source>Accepted</source>
        <translation>수주</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="209"/>
        <source>%1 of %2 delivered on time</source>
        <translation>%2건 중 %1건 납기 내 납품</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="181"/>
        <source>Updating the dashboard</source>
        <translation>대시보드 새로 고치는 중</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="216"/>
        <source>as of %1</source>
        <translation>%1 기준</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="231"/>
        <source>of %1 jobs in all</source>
        <translation>전체 작업 %1건 중</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="236"/>
        <source>past their due date, not delivered</source>
        <translation>납기가 지났지만 납품되지 않음</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="240"/>
        <source>%1 quotes sent · accepted: %2</source>
        <translation>견적서 %1건 발송 · 수주 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="247"/>
        <source>%1 of %2 delivered on time, last 12 months</source>
        <translation>최근 12개월, %2건 중 %1건 납기 내 납품</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="251"/>
        <source>no job with a due date delivered in the last 12 months</source>
        <translation>최근 12개월간 납품된 작업 중 납기가 지정된 작업 없음</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="255"/>
        <source>₩%1</source>
        <translation>%1원</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="259"/>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="260"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="262"/>
        <source>Open jobs</source>
        <translation>진행 중인 작업</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="263"/>
        <source>Overdue jobs</source>
        <translation>납기 지난 작업</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="264"/>
        <source>Quoted this month</source>
        <translation>이번 달 견적 금액</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="265"/>
        <source>On-time delivery</source>
        <translation>납기 준수율</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="269"/>
        <source>Jobs by status</source>
        <translation>상태별 작업</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="270"/>
        <source>Quoted and accepted by month</source>
        <translation>월별 견적 발송·수주 금액</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="272"/>
        <source>On-time delivery by month (delivered on or before the due date)</source>
        <translation>월별 납기 준수율 (납기일까지 납품한 비율)</translation>
    </message>
</context>
<context>
    <name>DesignCheckPanel</name>
    <message>
        <location filename="../../ui/designs/check_panel.py" line="181"/>
        <source>Saving check</source>
        <extracomment>Findings that Repair can fix.</extracomment>
        <translation>검사 결과 저장 중</translation>
    </message>
    <message>
        <location filename="../../ui/designs/check_panel.py" line="184"/>
        <source>Checking design</source>
        <translation>디자인 검사 중</translation>
    </message>
    <message>
        <location filename="../../ui/designs/check_panel.py" line="199"/>
        <source>Nothing to repair.</source>
        <translation>고칠 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/designs/check_panel.py" line="206"/>
        <source>Saving repaired design</source>
        <translation>수리한 디자인 저장 중</translation>
    </message>
    <message>
        <location filename="../../ui/designs/check_panel.py" line="210"/>
        <source>Repairing design</source>
        <translation>디자인 수리 중</translation>
    </message>
    <message>
        <location filename="../../ui/designs/check_panel.py" line="249"/>
        <source>Saving setting</source>
        <translation>설정 저장 중</translation>
    </message>
    <message>
        <location filename="../../ui/designs/check_panel.py" line="275"/>
        <source>✔ Ready to make: no problems found.</source>
        <translation>✔ 제작 가능: 문제가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/designs/check_panel.py" line="278"/>
        <source>✔ Can be made; 1 warning to look at.</source>
        <translation>✔ 제작 가능: 확인할 경고 1건.</translation>
    </message>
    <message>
        <location filename="../../ui/designs/check_panel.py" line="279"/>
        <source>✔ Can be made; %1 warnings to look at.</source>
        <translation>✔ 제작 가능: 확인할 경고 %1건.</translation>
    </message>
    <message>
        <location filename="../../ui/designs/check_panel.py" line="281"/>
        <source>✖ Cannot be made as it is: 1 error.</source>
        <translation>✖ 이대로는 제작할 수 없습니다: 오류 1건.</translation>
    </message>
    <message>
        <location filename="../../ui/designs/check_panel.py" line="282"/>
        <source>✖ Cannot be made as it is: %1 errors.</source>
        <translation>✖ 이대로는 제작할 수 없습니다: 오류 %1건.</translation>
    </message>
    <message>
        <location filename="../../ui/designs/check_panel.py" line="285"/>
        <source>Check for</source>
        <translation>검사 기준</translation>
    </message>
    <message>
        <location filename="../../ui/designs/check_panel.py" line="286"/>
        <source>Check again</source>
        <translation>다시 검사</translation>
    </message>
    <message>
        <location filename="../../ui/designs/check_panel.py" line="287"/>
        <source>Repair</source>
        <translation>수리</translation>
    </message>
    <message>
        <location filename="../../ui/designs/check_panel.py" line="289"/>
        <source>Writes a repaired copy as the next revision; this one is kept.</source>
        <translation>수리한 사본을 다음 리비전으로 저장합니다. 지금 리비전은 그대로 남습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/designs/check_panel.py" line="291"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>DesignStaleBanner</name>
    <message>
        <location filename="../../ui/quotes/stale_banner.py" line="48"/>
        <source>line %1 “%2” (quoted rev %3, now rev %4)</source>
        <translation>%1번 품목 ‘%2’ (견적 당시 리비전 %3, 현재 리비전 %4)</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/stale_banner.py" line="56"/>
        <source>⚠ The design changed after it was quoted: %1.</source>
        <translation>⚠ 견적 후 디자인이 바뀌었습니다: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/stale_banner.py" line="59"/>
        <source>Make a new revision with the new design</source>
        <translation>새 디자인으로 새 차수 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/stale_banner.py" line="61"/>
        <source>Update line from the new revision</source>
        <translation>새 리비전으로 품목 업데이트</translation>
    </message>
</context>
<context>
    <name>DesignViewer</name>
    <message>
        <location filename="../../ui/designs/viewer/tools.py" line="104"/>
        <source>Click on the edge of a hole to measure its diameter.</source>
        <translation>구멍의 테두리를 클릭하면 지름을 잽니다.</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/tools.py" line="105"/>
        <source>Click two points on the part to measure the distance between them.</source>
        <translation>부품 위의 두 점을 클릭하면 그 사이 거리를 잽니다.</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/pin_tool.py" line="67"/>
        <source>Attach the measurement (%1)</source>
        <translation>측정값 첨부 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/pin_tool.py" line="70"/>
        <source>Click on the part to pin a comment there. The tool stays on, so you can pin several in a row.</source>
        <translation>부품을 클릭하면 그 자리에 코멘트 핀을 꽂습니다. 도구가 켜진 채로 있으니 여러 개를 연달아 꽂을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/pin_tool.py" line="85"/>
        <location filename="../../ui/designs/viewer/tools.py" line="119"/>
        <source>Nothing there: click on the part.</source>
        <translation>그곳에는 부품이 없습니다. 부품 위를 클릭하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/pin_tool.py" line="105"/>
        <source>Pinned at %1. Click again for the next pin.</source>
        <translation>%1에 핀을 꽂았습니다. 다음 핀을 꽂으려면 다시 클릭하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/tools.py" line="140"/>
        <source>First point: %1. Click the second point.</source>
        <translation>첫 번째 점: %1. 두 번째 점을 클릭하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/tools.py" line="152"/>
        <source>Distance: %1 mm</source>
        <translation>거리: %1 mm</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/tools.py" line="162"/>
        <source>Looking for the edge of a hole…</source>
        <translation>구멍 테두리를 찾는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/tools.py" line="172"/>
        <source>Measuring a hole</source>
        <translation>구멍 재는 중</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/tools.py" line="185"/>
        <source>No round hole edge near that point: click right on the rim of a hole.</source>
        <translation>그 근처에 둥근 구멍 테두리가 없습니다. 구멍 가장자리를 정확히 클릭하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/tools.py" line="195"/>
        <source>Hole diameter: %1 mm</source>
        <translation>구멍 지름: %1 mm</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/tools.py" line="197"/>
        <source>Centre: %1</source>
        <translation>중심: %1</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/tools.py" line="315"/>
        <source>The plane does not cut the part.</source>
        <translation>단면이 부품을 지나지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/tools.py" line="317"/>
        <source>1 closed loop</source>
        <translation>닫힌 윤곽 1개</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/tools.py" line="319"/>
        <source>%1 closed loops</source>
        <translation>닫힌 윤곽 %1개</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/tools.py" line="322"/>
        <source>area %1 mm²</source>
        <translation>면적 %1 mm²</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/tools.py" line="324"/>
        <source>%1 open pieces: the surface has holes here.</source>
        <translation>열린 조각 %1개: 이 부분의 표면에 구멍이 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/tools.py" line="380"/>
        <source>The part (%1 mm) fits as it sits.</source>
        <translation>부품(%1 mm)이 지금 놓인 그대로 들어갑니다.</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/tools.py" line="383"/>
        <source>The part (%1 mm) does not fit as it sits: turn it or choose a bigger machine.</source>
        <translation>부품(%1 mm)이 지금 놓인 그대로는 들어가지 않습니다. 돌려 놓거나 더 큰 장비를 고르세요.</translation>
    </message>
</context>
<context>
    <name>DesignViewerWindow</name>
    <message>
        <location filename="../../ui/designs/viewer/design_viewer.py" line="196"/>
        <location filename="../../ui/designs/viewer/design_viewer.py" line="334"/>
        <source>Opening the design</source>
        <translation>디자인 여는 중</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/design_viewer.py" line="245"/>
        <source>Preparing the full mesh</source>
        <translation>전체 메시 준비 중</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/design_viewer.py" line="267"/>
        <source>The design could not be opened: %1</source>
        <translation>디자인을 열 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/design_viewer.py" line="276"/>
        <source>Opening cancelled. Close the window and open it again to retry.</source>
        <translation>열기를 취소했습니다. 창을 닫고 다시 열면 다시 시도합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/design_viewer.py" line="305"/>
        <source>%1 triangles</source>
        <translation>삼각형 %1개</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/design_viewer.py" line="308"/>
        <source>Showing a simplified view: %1 of %2 triangles</source>
        <translation>단순화한 모습: 삼각형 %2개 중 %1개</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/design_viewer.py" line="314"/>
        <source>Simplified view while the full mesh loads: %1 of %2 triangles</source>
        <translation>전체 메시를 읽는 동안 단순화한 모습: 삼각형 %2개 중 %1개</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/design_viewer.py" line="346"/>
        <source>No picture of this design was made.</source>
        <translation>이 디자인의 미리보기 그림이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/design_viewer.py" line="350"/>
        <source>3D view needs OpenGL, which this computer&apos;s graphics driver does not provide; showing a picture instead.</source>
        <translation>3D 보기에는 OpenGL이 필요한데 이 컴퓨터의 그래픽 드라이버가 지원하지 않습니다. 대신 그림으로 보여 드립니다.</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/design_viewer.py" line="454"/>
        <source>Save picture</source>
        <translation>그림 저장</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/design_viewer.py" line="454"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 그림 (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/design_viewer.py" line="458"/>
        <source>The picture could not be saved to %1.</source>
        <translation>그림을 %1에 저장할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/design_viewer.py" line="464"/>
        <location filename="../../ui/designs/viewer/design_viewer.py" line="465"/>
        <source>3D view</source>
        <translation>3D 보기</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/actions.py" line="71"/>
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/actions.py" line="72"/>
        <source>Show the whole part</source>
        <translation>부품 전체 보기</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/actions.py" line="75"/>
        <source>Front</source>
        <translation>정면</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/actions.py" line="76"/>
        <source>Look from the front</source>
        <translation>정면에서 보기</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/actions.py" line="79"/>
        <source>Top</source>
        <translation>윗면</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/actions.py" line="80"/>
        <source>Look from above</source>
        <translation>위에서 보기</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/actions.py" line="83"/>
        <source>Right</source>
        <translation>우측면</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/actions.py" line="84"/>
        <source>Look from the right</source>
        <translation>오른쪽에서 보기</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/actions.py" line="87"/>
        <source>Iso</source>
        <translation>등각</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/actions.py" line="88"/>
        <source>Look from the front, right and above</source>
        <translation>정면·오른쪽·위에서 비스듬히 보기</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/actions.py" line="91"/>
        <source>Shaded</source>
        <translation>음영</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/actions.py" line="92"/>
        <source>Shaded surfaces</source>
        <translation>음영 있는 면</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/actions.py" line="95"/>
        <source>Wireframe</source>
        <translation>와이어프레임</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/actions.py" line="96"/>
        <source>Triangle edges only</source>
        <translation>삼각형 모서리만</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/actions.py" line="99"/>
        <source>Both</source>
        <translation>음영+모서리</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/actions.py" line="100"/>
        <source>Shaded surfaces with their edges</source>
        <translation>음영 있는 면과 모서리</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/actions.py" line="103"/>
        <source>Measure</source>
        <translation>측정</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/actions.py" line="104"/>
        <source>Click two points, or the edge of a hole</source>
        <translation>두 점 또는 구멍 테두리를 클릭하세요</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/actions.py" line="107"/>
        <source>Section</source>
        <translation>단면</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/actions.py" line="108"/>
        <source>Cut the part with a plane</source>
        <translation>평면으로 부품 자르기</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/actions.py" line="111"/>
        <source>Build volume</source>
        <translation>출력 공간</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/actions.py" line="112"/>
        <source>Show the machine&apos;s build volume</source>
        <translation>장비의 출력 공간 보기</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/actions.py" line="115"/>
        <source>Pin a comment</source>
        <translation>코멘트 핀 꽂기</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/actions.py" line="116"/>
        <source>Click on the part to pin a comment there</source>
        <translation>부품을 클릭해 그 자리에 코멘트 핀을 꽂습니다</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/actions.py" line="119"/>
        <source>Picture…</source>
        <translation>그림…</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/actions.py" line="120"/>
        <source>Save the view as a PNG picture</source>
        <translation>지금 보기를 PNG 그림으로 저장</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/design_viewer.py" line="470"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>Estimates</name>
    <message>
        <location filename="../../ui/words/estimates.py" line="15"/>
        <source>FDM printing (preset)</source>
        <translation>FDM 프린팅 (사전 설정)</translation>
    </message>
    <message>
        <location filename="../../ui/words/estimates.py" line="16"/>
        <source>Resin printing (preset)</source>
        <translation>레진 프린팅 (사전 설정)</translation>
    </message>
    <message>
        <location filename="../../ui/words/estimates.py" line="17"/>
        <source>Jewelry casting (preset)</source>
        <translation>주얼리 주조 (사전 설정)</translation>
    </message>
    <message>
        <location filename="../../ui/words/estimates.py" line="18"/>
        <source>CNC milling (preset)</source>
        <translation>CNC 밀링 (사전 설정)</translation>
    </message>
    <message>
        <location filename="../../ui/words/estimates.py" line="19"/>
        <source>Topology only (preset)</source>
        <translation>형상 무결성만 (사전 설정)</translation>
    </message>
    <message>
        <location filename="../../ui/words/estimates.py" line="25"/>
        <source>Silver 925</source>
        <translation>은 925</translation>
    </message>
    <message>
        <location filename="../../ui/words/estimates.py" line="26"/>
        <source>Gold 18K</source>
        <translation>금 18K</translation>
    </message>
    <message>
        <location filename="../../ui/words/estimates.py" line="27"/>
        <source>Brass</source>
        <translation>황동</translation>
    </message>
    <message>
        <location filename="../../ui/words/estimates.py" line="36"/>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <location filename="../../ui/words/estimates.py" line="40"/>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location filename="../../ui/words/estimates.py" line="45"/>
        <source>layer height</source>
        <translation>레이어 높이</translation>
    </message>
    <message>
        <location filename="../../ui/words/estimates.py" line="46"/>
        <source>first layer</source>
        <translation>첫 레이어</translation>
    </message>
    <message>
        <location filename="../../ui/words/estimates.py" line="47"/>
        <source>perimeters</source>
        <translation>외벽 수</translation>
    </message>
    <message>
        <location filename="../../ui/words/estimates.py" line="48"/>
        <source>top layers</source>
        <translation>윗면 레이어</translation>
    </message>
    <message>
        <location filename="../../ui/words/estimates.py" line="49"/>
        <source>bottom layers</source>
        <translation>바닥 레이어</translation>
    </message>
    <message>
        <location filename="../../ui/words/estimates.py" line="50"/>
        <source>infill</source>
        <translation>내부 채움</translation>
    </message>
    <message>
        <location filename="../../ui/words/estimates.py" line="51"/>
        <source>infill pattern</source>
        <translation>채움 패턴</translation>
    </message>
    <message>
        <location filename="../../ui/words/estimates.py" line="52"/>
        <source>extrusion width</source>
        <translation>압출 폭</translation>
    </message>
    <message>
        <location filename="../../ui/words/estimates.py" line="53"/>
        <source>infill speed</source>
        <translation>채움 속도</translation>
    </message>
    <message>
        <location filename="../../ui/words/estimates.py" line="54"/>
        <source>perimeter speed</source>
        <translation>외벽 속도</translation>
    </message>
    <message>
        <location filename="../../ui/words/estimates.py" line="55"/>
        <source>acceleration</source>
        <translation>가속도</translation>
    </message>
    <message>
        <location filename="../../ui/words/estimates.py" line="56"/>
        <source>filament diameter</source>
        <translation>필라멘트 지름</translation>
    </message>
    <message>
        <location filename="../../ui/words/estimates.py" line="57"/>
        <source>density</source>
        <translation>밀도</translation>
    </message>
    <message>
        <location filename="../../ui/words/estimates.py" line="58"/>
        <source>shrinkage</source>
        <translation>수축률</translation>
    </message>
    <message>
        <location filename="../../ui/words/estimates.py" line="61"/>
        <source>PrusaSlicer&apos;s default profile</source>
        <translation>PrusaSlicer 기본 프로파일</translation>
    </message>
    <message>
        <location filename="../../ui/words/estimates.py" line="62"/>
        <source>no supports</source>
        <translation>서포트 없음</translation>
    </message>
    <message>
        <location filename="../../ui/words/estimates.py" line="63"/>
        <source>printed as modelled</source>
        <translation>모델 방향 그대로 출력</translation>
    </message>
    <message>
        <location filename="../../ui/words/estimates.py" line="64"/>
        <source>a fully solid part</source>
        <translation>속이 꽉 찬 부품</translation>
    </message>
    <message>
        <location filename="../../ui/words/estimates.py" line="65"/>
        <source>sprue and button not included</source>
        <translation>탕도와 버튼 제외</translation>
    </message>
    <message>
        <location filename="../../ui/words/estimates.py" line="79"/>
        <source>Mass: %1</source>
        <translation>무게: %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/estimates.py" line="83"/>
        <source>FDM print: about %1, %2 m of filament (%3 g)</source>
        <translation>FDM 출력: 약 %1, 필라멘트 %2 m (%3 g)</translation>
    </message>
    <message>
        <location filename="../../ui/words/estimates.py" line="95"/>
        <source>Assuming %1.</source>
        <translation>가정: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/words/estimates.py" line="104"/>
        <source>Cast metal: %1 (%2)</source>
        <translation>주조 금속: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../../ui/words/findings.py" line="23"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="24"/>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="25"/>
        <source>Note</source>
        <translation>참고</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="31"/>
        <source>Holes (open edges)</source>
        <translation>구멍 (열린 모서리)</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="32"/>
        <source>Non-manifold edges</source>
        <translation>비다양체 모서리</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="33"/>
        <source>Faces flipped against their neighbours</source>
        <translation>이웃과 반대로 뒤집힌 면</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="34"/>
        <source>Inside out</source>
        <translation>안팎이 뒤집힘</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="35"/>
        <source>Faces without area</source>
        <translation>넓이가 없는 면</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="36"/>
        <source>Duplicate faces</source>
        <translation>중복된 면</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="37"/>
        <source>Several bodies</source>
        <translation>여러 개의 몸체</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="38"/>
        <source>Self-intersections</source>
        <translation>자기 교차</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="39"/>
        <source>Too big for the machine</source>
        <translation>장비보다 큼</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="40"/>
        <source>Walls too thin</source>
        <translation>벽이 너무 얇음</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="41"/>
        <source>Overhangs need supports</source>
        <translation>서포트가 필요한 오버행</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="42"/>
        <source>Features too small</source>
        <translation>너무 작은 형상</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="43"/>
        <source>Size looks like the wrong unit</source>
        <translation>단위가 잘못된 듯한 크기</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="44"/>
        <source>Check not finished</source>
        <translation>검사 미완료</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="61"/>
        <source>%1 edges belong to one face only: the surface has holes.</source>
        <translation>모서리 %1개가 한 면에만 붙어 있습니다: 표면에 구멍이 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="64"/>
        <source>%1 edges are shared by three or more faces.</source>
        <translation>모서리 %1개를 세 개 이상의 면이 함께 씁니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="65"/>
        <source>%1 edges join faces that point in opposite directions.</source>
        <translation>모서리 %1개가 서로 반대 방향을 향한 면을 잇습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="68"/>
        <source>%1 bodies are inside out: their faces point inwards.</source>
        <translation>몸체 %1개의 안팎이 뒤집혀 면이 안쪽을 향합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="69"/>
        <source>%1 faces have no area.</source>
        <translation>면 %1개의 넓이가 0입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="70"/>
        <source>%1 faces repeat another face.</source>
        <translation>면 %1개가 다른 면과 겹칩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="71"/>
        <source>The file holds %1 separate bodies.</source>
        <translation>파일에 떨어진 몸체가 %1개 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="72"/>
        <source>%1 faces cut through other faces.</source>
        <translation>면 %1개가 다른 면을 뚫고 지나갑니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="73"/>
        <source>%1 bodies are smaller than %2 mm.</source>
        <translation>몸체 %1개가 %2 mm보다 작습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="80"/>
        <source>%1 mm does not fit the build volume %2 mm, in any orientation.</source>
        <translation>%1 mm는 어느 방향으로 놓아도 출력 공간 %2 mm에 들어가지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="86"/>
        <source>Walls down to %1 mm; the process needs at least %2 mm.</source>
        <translation>벽 두께가 %1 mm까지 얇습니다. 이 공정은 최소 %2 mm가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="92"/>
        <source>%1 mm² faces down more steeply than %2° and needs supports.</source>
        <translation>%1 mm²가 %2°보다 가파르게 아래를 향해 서포트가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="99"/>
        <source>The %1 check ran out of time; its result is partial.</source>
        <translation>&apos;%1&apos; 검사가 시간 안에 끝나지 않아 결과가 일부입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="108"/>
        <source>inches</source>
        <translation>인치</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="109"/>
        <source>centimetres</source>
        <translation>센티미터</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="110"/>
        <source>metres</source>
        <translation>미터</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="111"/>
        <source>micrometres</source>
        <translation>마이크로미터</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="114"/>
        <source>The part is %1 mm at its largest: check its unit.</source>
        <translation>부품의 가장 긴 쪽이 %1 mm입니다: 단위를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="118"/>
        <source>The part is %1 mm at its largest: was it drawn in %2?</source>
        <translation>부품의 가장 긴 쪽이 %1 mm입니다: %2 단위로 그린 것 아닌가요?</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="133"/>
        <source>Use Repair to close small holes, or close the surface in your CAD program.</source>
        <translation>수리로 작은 구멍을 메우거나, CAD 프로그램에서 표면을 닫으세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="136"/>
        <source>Separate the faces that meet at one edge in your CAD program; Repair cannot fix this.</source>
        <translation>CAD 프로그램에서 한 모서리에 모인 면들을 떼어 내세요. 수리로는 고칠 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="140"/>
        <source>Use Repair to turn the faces the same way.</source>
        <translation>수리로 면의 방향을 맞추세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="141"/>
        <source>Use Repair to turn the part right side out.</source>
        <translation>수리로 부품의 안팎을 바로잡으세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="142"/>
        <location filename="../../ui/words/findings.py" line="143"/>
        <source>Use Repair to remove them.</source>
        <translation>수리로 없애세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="144"/>
        <source>Fine for a plate of parts; join them in CAD if they should be one part.</source>
        <translation>여러 부품을 함께 출력한다면 괜찮습니다. 한 부품이어야 한다면 CAD에서 합치세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="147"/>
        <source>Join the overlapping bodies with a boolean union in your CAD program.</source>
        <translation>CAD 프로그램에서 겹친 몸체를 불리언 합치기로 하나로 만드세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="150"/>
        <source>Split the part, scale it down, or choose a bigger machine.</source>
        <translation>부품을 나누거나 줄이거나, 더 큰 장비를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="153"/>
        <source>Thicken the marked walls, or choose a finer process.</source>
        <translation>표시된 벽을 두껍게 하거나, 더 정밀한 공정을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="154"/>
        <source>Add supports, or turn the part so the marked faces face up.</source>
        <translation>서포트를 넣거나, 표시된 면이 위를 향하도록 부품을 돌리세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="157"/>
        <source>Enlarge or remove the marked bits.</source>
        <translation>표시된 부분을 키우거나 없애세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="158"/>
        <source>Re-export in millimetres, or scale the part.</source>
        <translation>밀리미터 단위로 다시 내보내거나 크기를 조정하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/findings.py" line="159"/>
        <source>Run the check again with more time, or on a simpler part.</source>
        <translation>시간을 더 주어 다시 검사하거나, 더 단순한 부품으로 검사하세요.</translation>
    </message>
</context>
<context>
    <name>FindingsTableModel</name>
    <message>
        <location filename="../../ui/models/findings_model.py" line="61"/>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <location filename="../../ui/models/findings_model.py" line="62"/>
        <source>Finding</source>
        <translation>발견 사항</translation>
    </message>
    <message>
        <location filename="../../ui/models/findings_model.py" line="63"/>
        <source>Details</source>
        <translation>자세히</translation>
    </message>
</context>
<context>
    <name>JobAccess</name>
    <message>
        <location filename="../../ui/jobs/access.py" line="95"/>
        <source>Maker</source>
        <translation>제작자</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/access.py" line="96"/>
        <source>Advisor</source>
        <translation>자문위원</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/access.py" line="97"/>
        <source>Trainer</source>
        <translation>강사</translation>
    </message>
</context>
<context>
    <name>JobCard</name>
    <message>
        <location filename="../../ui/jobs/card_delegate.py" line="69"/>
        <source>No due date</source>
        <translation>납기 없음</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/card_delegate.py" line="74"/>
        <source>1 day late</source>
        <translation>1일 지남</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/card_delegate.py" line="76"/>
        <source>%1 days late</source>
        <translation>%1일 지남</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/card_delegate.py" line="79"/>
        <source>due today</source>
        <translation>오늘 마감</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/card_delegate.py" line="82"/>
        <source>due tomorrow</source>
        <translation>내일 마감</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/card_delegate.py" line="84"/>
        <source>due in %1 days</source>
        <translation>%1일 후 마감</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/card_delegate.py" line="87"/>
        <source>Due %1</source>
        <translation>납기 %1</translation>
    </message>
</context>
<context>
    <name>JobDesignsSection</name>
    <message>
        <location filename="../../ui/jobs/designs_section.py" line="198"/>
        <source>Triangles: %1</source>
        <translation>삼각형 수: %1</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/designs_section.py" line="199"/>
        <source>Surface: %1 mm²</source>
        <translation>표면적: %1 mm²</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/designs_section.py" line="200"/>
        <source>Watertight</source>
        <translation>닫힌 메시 (워터타이트)</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/designs_section.py" line="200"/>
        <source>Not watertight (open edges)</source>
        <translation>열린 메시 (열린 모서리 있음)</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/designs_section.py" line="201"/>
        <source>Bodies: %1</source>
        <translation>바디 수: %1</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/designs_section.py" line="216"/>
        <source>Import design</source>
        <translation>디자인 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/designs_section.py" line="218"/>
        <source>3D files (%1)</source>
        <translation>3D 파일 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/designs_section.py" line="255"/>
        <source>Making %1</source>
        <translation>%1 만드는 중</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/designs_section.py" line="260"/>
        <source>Making the part…</source>
        <translation>부품 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/designs_section.py" line="267"/>
        <source>Making the part… %1%</source>
        <translation>부품 만드는 중… %1%</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/designs_section.py" line="278"/>
        <source>Designs</source>
        <translation>디자인</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/designs_section.py" line="279"/>
        <source>Import design…</source>
        <translation>디자인 가져오기…</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/designs_section.py" line="280"/>
        <source>Open in 3D</source>
        <translation>3D로 보기</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/designs_section.py" line="282"/>
        <source>Orbit, measure and cut the selected design (or double-click it)</source>
        <translation>선택한 디자인을 돌려 보고, 치수를 재고, 단면을 봅니다 (디자인을 더블클릭해도 됩니다)</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/designs_section.py" line="284"/>
        <source>New part…</source>
        <translation>새 부품…</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/designs_section.py" line="285"/>
        <source>Make a part from a template: ring, bracket, …</source>
        <translation>템플릿으로 부품 만들기: 반지, 브래킷 등</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/designs_section.py" line="288"/>
        <source>Drop STL, OBJ, PLY, OFF, 3MF, glTF, STEP or IGES files here to add them to this job.</source>
        <translation>STL, OBJ, PLY, OFF, 3MF, glTF, STEP, IGES 파일을 여기에 끌어다 놓으면 이 작업에 추가됩니다.</translation>
    </message>
</context>
<context>
    <name>JobDetailWidget</name>
    <message>
        <location filename="../../ui/jobs/detail.py" line="366"/>
        <source>%1  created as %2</source>
        <translation>%1  %2 상태로 생성</translation>
    </message>
    <message>
        <location filename="../../ui/operations/designs.py" line="45"/>
        <source>Saving design</source>
        <translation>디자인 저장 중</translation>
    </message>
    <message>
        <location filename="../../ui/operations/designs.py" line="57"/>
        <source>Importing %1</source>
        <translation>%1 가져오는 중</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/detail.py" line="306"/>
        <source>Shared with you as a trainer by %1: you may move it and add designs; its details and quotes are read-only</source>
        <translation>%1 님이 강사로 공유한 작업입니다: 상태를 옮기고 디자인을 추가할 수 있으며, 상세 정보와 견적은 읽기 전용입니다</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/detail.py" line="310"/>
        <source>Shared with you for review by %1 — read-only</source>
        <translation>%1 님이 검토를 위해 공유한 작업 — 읽기 전용</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/detail.py" line="311"/>
        <source>its maker</source>
        <translation>제작자</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/detail.py" line="456"/>
        <source>Select a job on the left, or create one with + New job.</source>
        <translation>왼쪽 목록에서 작업을 선택하거나 [+ 새 작업]으로 새로 만드세요.</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/detail.py" line="457"/>
        <source>Details</source>
        <translation>상세 정보</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/detail.py" line="461"/>
        <source>Title</source>
        <translation>작업명</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/detail.py" line="462"/>
        <source>Customer</source>
        <translation>거래처</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/detail.py" line="463"/>
        <source>Due</source>
        <translation>납기</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/detail.py" line="464"/>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/detail.py" line="465"/>
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/detail.py" line="466"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/detail.py" line="471"/>
        <source>Set</source>
        <translation>지정</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/detail.py" line="477"/>
        <source>Save changes</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/detail.py" line="478"/>
        <source>More</source>
        <translation>더 보기</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/detail.py" line="479"/>
        <source>History</source>
        <translation>변경 이력</translation>
    </message>
</context>
<context>
    <name>JobMembersSection</name>
    <message>
        <location filename="../../ui/jobs/members_panel.py" line="71"/>
        <source>(you)</source>
        <translation>(나)</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/members_panel.py" line="73"/>
        <source>(not sent yet)</source>
        <translation>(아직 안 보냄)</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/members_panel.py" line="77"/>
        <source>The square gets this change at the next sync.</source>
        <translation>다음 동기화 때 광장에 반영됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/members_panel.py" line="127"/>
        <source>Unshare job</source>
        <translation>작업 공유 해제</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/members_panel.py" line="128"/>
        <source>Take this job away from %1? It leaves their PC at their next sync.</source>
        <translation>%1 님과의 공유를 해제할까요? 그 사람이 다음에 동기화하면 그 PC에서 이 작업이 사라집니다.</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/members_panel.py" line="137"/>
        <source>Members</source>
        <translation>구성원</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/members_panel.py" line="138"/>
        <source>Share…</source>
        <translation>공유…</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/members_panel.py" line="140"/>
        <source>Share this job with an advisor, a trainer or another maker on the square</source>
        <translation>광장의 자문위원, 강사 또는 다른 제작자와 이 작업을 공유합니다</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/members_panel.py" line="142"/>
        <source>Unshare</source>
        <translation>공유 해제</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/members_panel.py" line="143"/>
        <source>Not shared: only you have this job.</source>
        <translation>공유하지 않은 작업입니다: 나만 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>JobMessagesSection</name>
    <message>
        <location filename="../../ui/jobs/messages_panel.py" line="136"/>
        <source>%1 new</source>
        <translation>새 메시지 %1</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/messages_panel.py" line="159"/>
        <source>No messages yet. Write the first one below.</source>
        <translation>아직 메시지가 없습니다. 아래에 첫 메시지를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/messages_panel.py" line="164"/>
        <source>You</source>
        <translation>나</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/messages_panel.py" line="167"/>
        <source>not sent yet</source>
        <translation>아직 안 보냄</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/messages_panel.py" line="170"/>
        <source>New</source>
        <translation>새 메시지</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/messages_panel.py" line="228"/>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/messages_panel.py" line="229"/>
        <source>Write a message… (Ctrl+Enter sends)</source>
        <translation>메시지 쓰기… (Ctrl+Enter로 보내기)</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/messages_panel.py" line="230"/>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/messages_panel.py" line="231"/>
        <source>Send the message (Ctrl+Enter)</source>
        <translation>메시지 보내기 (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>JobQuotesSection</name>
    <message>
        <location filename="../../ui/jobs/quotes_panel.py" line="61"/>
        <source>Sent</source>
        <translation>발송 완료</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/quotes_panel.py" line="61"/>
        <source>Draft</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/quotes_panel.py" line="63"/>
        <source>Draft to merge</source>
        <translation>합칠 초안</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/quotes_panel.py" line="68"/>
        <source>%1 won</source>
        <translation>%1원</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/quotes_panel.py" line="88"/>
        <source>Creating quote</source>
        <translation>견적서 만드는 중</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/quotes_panel.py" line="103"/>
        <source>Quotes</source>
        <translation>견적서</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/quotes_panel.py" line="104"/>
        <source>+ New quote</source>
        <translation>+ 새 견적서</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/quotes_panel.py" line="106"/>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/quotes_panel.py" line="106"/>
        <source>Rev.</source>
        <translation>차수</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/quotes_panel.py" line="106"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/quotes_panel.py" line="106"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
</context>
<context>
    <name>JobReviewsSection</name>
    <message>
        <location filename="../../ui/jobs/reviews_panel.py" line="102"/>
        <source>Ask an advisor from the square&apos;s directory to review a design revision</source>
        <translation>광장 명단의 자문위원에게 디자인 차수 검토를 요청합니다</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/reviews_panel.py" line="104"/>
        <source>Add a design first: a review is of one design revision</source>
        <translation>먼저 디자인을 추가하세요: 검토는 디자인 차수 하나를 대상으로 합니다</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/reviews_panel.py" line="133"/>
        <source>Double-click to open the review</source>
        <translation>더블클릭하면 검토를 엽니다</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/reviews_panel.py" line="152"/>
        <source>due %1</source>
        <translation>기한 %1</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/reviews_panel.py" line="157"/>
        <source>(not sent yet)</source>
        <translation>(아직 안 보냄)</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/reviews_panel.py" line="177"/>
        <source>Reviews</source>
        <translation>검토</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/reviews_panel.py" line="178"/>
        <source>Request review…</source>
        <translation>검토 요청…</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/reviews_panel.py" line="179"/>
        <source>No design review asked for yet.</source>
        <translation>아직 요청한 디자인 검토가 없습니다.</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <location filename="../../ui/models/job_table_model.py" line="33"/>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../../ui/models/job_table_model.py" line="34"/>
        <source>Title</source>
        <translation>작업명</translation>
    </message>
    <message>
        <location filename="../../ui/models/job_table_model.py" line="35"/>
        <source>Customer</source>
        <translation>거래처</translation>
    </message>
    <message>
        <location filename="../../ui/models/job_table_model.py" line="36"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/models/job_table_model.py" line="37"/>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <location filename="../../ui/models/job_table_model.py" line="38"/>
        <source>Due</source>
        <translation>납기</translation>
    </message>
    <message>
        <location filename="../../ui/models/job_table_model.py" line="39"/>
        <source>Updated</source>
        <translation>수정일시</translation>
    </message>
</context>
<context>
    <name>JobsBoard</name>
    <message>
        <location filename="../../ui/words/errors.py" line="489"/>
        <source>%1 or %2</source>
        <translation>%1 또는 %2</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="498"/>
        <source>%1 cannot move from %2 to %3.</source>
        <translation>%1 작업은 ‘%2’에서 ‘%3’ 상태로 옮길 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="504"/>
        <source>A job in %1 cannot move any more.</source>
        <translation>‘%1’ 상태의 작업은 더 이상 옮길 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="507"/>
        <source>A job in %1 can move to %2.</source>
        <translation>‘%1’ 상태의 작업은 %2 상태로 옮길 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/board.py" line="265"/>
        <source>%1 is shared with you read-only: only its maker moves it.</source>
        <translation>%1 작업은 읽기 전용으로 공유받았습니다: 제작자만 옮길 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/board.py" line="339"/>
        <source>Move to</source>
        <translation>상태 이동</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/board.py" line="364"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <location filename="../../ui/jobs/page.py" line="155"/>
        <source>Loading jobs</source>
        <translation>작업 목록 불러오는 중</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/page.py" line="291"/>
        <source>Creating job</source>
        <translation>작업 만드는 중</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/page.py" line="374"/>
        <source>Search jobs: number, title, customer…  (Ctrl+F)</source>
        <translation>작업 검색: 번호, 작업명, 거래처…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/page.py" line="375"/>
        <source>+ New job</source>
        <translation>+ 새 작업</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/page.py" line="376"/>
        <source>Table</source>
        <translation>표</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/page.py" line="377"/>
        <source>Show the jobs as a table</source>
        <translation>작업을 표로 보기</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/page.py" line="378"/>
        <source>Board</source>
        <translation>보드</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/page.py" line="380"/>
        <source>Show the jobs as a board by status; drag a card to move the job</source>
        <translation>작업을 상태별 보드로 보기 (카드를 끌어 놓으면 작업 상태가 바뀝니다)</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/page.py" line="385"/>
        <source>Open jobs</source>
        <translation>진행 중인 작업</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/page.py" line="386"/>
        <source>All jobs</source>
        <translation>전체 작업</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/words/labels.py" line="16"/>
        <source>Inquiry</source>
        <translation>문의</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="17"/>
        <source>Quoting</source>
        <translation>견적 중</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="18"/>
        <source>Quoted</source>
        <translation>견적 발송</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="19"/>
        <source>Accepted</source>
        <translation>수주</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="20"/>
        <source>In production</source>
        <translation>제작 중</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="21"/>
        <source>Quality check</source>
        <translation>품질 검사</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="22"/>
        <source>Delivered</source>
        <translation>납품 완료</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="23"/>
        <source>Closed</source>
        <translation>종결</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="24"/>
        <source>On hold</source>
        <translation>보류</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="25"/>
        <source>Cancelled</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="32"/>
        <source>Revise quote</source>
        <translation>견적 수정</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="34"/>
        <source>Back to production</source>
        <translation>재작업 (제작으로)</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="36"/>
        <source>Resume</source>
        <translation>작업 재개</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="38"/>
        <source>Start quoting</source>
        <translation>견적 시작</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="39"/>
        <source>Mark quoted</source>
        <translation>견적 발송으로 표시</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="40"/>
        <source>Customer accepted</source>
        <translation>수주 확정</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="41"/>
        <source>Start production</source>
        <translation>제작 시작</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="42"/>
        <source>Start quality check</source>
        <translation>품질 검사 시작</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="43"/>
        <source>Mark delivered</source>
        <translation>납품 완료로 표시</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="44"/>
        <source>Close job</source>
        <translation>작업 종결</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="45"/>
        <source>Put on hold</source>
        <translation>보류</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="46"/>
        <source>Cancel job</source>
        <translation>작업 취소</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="52"/>
        <source>Low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="53"/>
        <source>Normal</source>
        <translation>보통</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="54"/>
        <source>High</source>
        <translation>높음</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="55"/>
        <source>Urgent</source>
        <translation>긴급</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="323"/>
        <source>The file is empty.</source>
        <translation>파일이 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="324"/>
        <source>The file is damaged or not in the format its name says.</source>
        <translation>파일이 손상되었거나, 확장자와 실제 파일 형식이 다릅니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="327"/>
        <source>This file type is not supported. Use STL, OBJ, PLY, OFF, 3MF, glTF, STEP, IGES or BREP.</source>
        <translation>지원하지 않는 파일 형식입니다. STL, OBJ, PLY, OFF, 3MF, glTF, STEP, IGES 또는 BREP 파일을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="331"/>
        <source>The file is too large to open.</source>
        <translation>파일이 너무 커서 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="332"/>
        <source>The file contains invalid coordinates (not numbers).</source>
        <translation>파일에 잘못된 좌표(숫자가 아닌 값)가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="333"/>
        <source>The file contains no surfaces.</source>
        <translation>파일에 면(서피스)이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="334"/>
        <source>A size of the part is missing or out of range.</source>
        <translation>부품 치수가 빠졌거나 허용 범위를 벗어났습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="335"/>
        <source>The part cannot be built with these sizes (a rounding or wall is too big).</source>
        <translation>이 치수로는 부품을 만들 수 없습니다 (모깎기나 벽이 너무 큽니다).</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="338"/>
        <source>STEP, IGES and BREP need OpenCASCADE, which is not installed.</source>
        <translation>STEP, IGES, BREP 파일에는 OpenCASCADE가 필요한데 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="341"/>
        <source>The file took too long to read.</source>
        <translation>파일을 읽는 데 너무 오래 걸립니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="342"/>
        <source>The file could not be read.</source>
        <translation>파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="90"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="92"/>
        <source>A job that is &apos;%1&apos; cannot become &apos;%2&apos;. Possible next steps: %3.</source>
        <translation>&apos;%1&apos; 상태의 작업은 &apos;%2&apos; 상태로 바꿀 수 없습니다. 가능한 다음 단계: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="98"/>
        <source>This workspace was saved by a newer version of Maker Square. Update Maker Square to open it; the workspace was not changed.</source>
        <translation>이 워크스페이스는 더 새로운 버전의 Maker Square에서 저장되었습니다. 열려면 Maker Square를 업데이트하세요. 워크스페이스는 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="104"/>
        <source>This file is not a Maker Square workspace; it was not changed.</source>
        <translation>이 파일은 Maker Square 워크스페이스가 아닙니다. 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="106"/>
        <source>No workspace was found at %1. Check the folder&apos;s name, or make a new workspace there (in the window: File ▸ New workspace…).</source>
        <translation>%1에서 워크스페이스를 찾을 수 없습니다. 폴더 이름을 확인하거나, 그 위치에 새 워크스페이스를 만드세요 (창에서 파일 ▸ 새 워크스페이스…).</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="112"/>
        <source>This workspace is open in another Maker Square window or command. Close that window, or let the command finish, then try again.</source>
        <translation>이 워크스페이스는 다른 Maker Square 창이나 명령에서 열려 있습니다. 그 창을 닫거나 명령이 끝나기를 기다린 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="120"/>
        <source>The disk is full. Free some space and try again; nothing was lost.</source>
        <translation>디스크 공간이 부족합니다. 공간을 확보한 뒤 다시 시도하세요. 잃어버린 데이터는 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="128"/>
        <source>This quote revision was sent and cannot change. Make a new revision to edit it.</source>
        <translation>이 차수의 견적서는 이미 발송되어 변경할 수 없습니다. 수정하려면 새 차수를 만드세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="134"/>
        <source>Could not import %1: %2</source>
        <translation>%1 파일을 가져오지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="142"/>
        <source>This workspace already holds the demo.</source>
        <translation>이 워크스페이스에는 이미 데모 데이터가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="144"/>
        <source>The demo goes into a new, empty workspace; this one already has work.</source>
        <translation>데모는 비어 있는 새 워크스페이스에만 만들 수 있습니다. 이 워크스페이스에는 이미 데이터가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="154"/>
        <source>It no longer exists; it may have been deleted.</source>
        <translation>해당 항목을 찾을 수 없습니다. 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="158"/>
        <source>Permission denied: %1</source>
        <translation>접근 권한이 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="160"/>
        <source>The file system reported an error: %1</source>
        <translation>파일 시스템 오류: %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="164"/>
        <source>Something went wrong.</source>
        <translation>문제가 발생했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="169"/>
        <source>You cannot review your own request: pick an advisor.</source>
        <translation>자신의 요청은 검토할 수 없습니다: 자문위원을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="170"/>
        <source>This revision is already under review by this advisor.</source>
        <translation>이 차수는 이미 이 자문위원이 검토하고 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="173"/>
        <source>This review is closed (withdrawn or superseded by a newer revision).</source>
        <translation>이 검토는 닫혔습니다(철회되었거나 새 차수로 대체됨).</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="176"/>
        <source>Only the advisor the review was requested from can give a verdict.</source>
        <translation>검토를 요청받은 자문위원만 판정할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="188"/>
        <source>Maker Square cannot write to the workspace in %1 (the disk is read-only, or you may not change that folder). Copy the folder to a place you can write to and open the copy, or ask for write access; nothing was changed.</source>
        <translation>Maker Square가 %1의 워크스페이스에 쓸 수 없습니다 (디스크가 읽기 전용이거나 그 폴더를 바꿀 권한이 없습니다). 쓸 수 있는 곳에 폴더를 복사해 사본을 열거나, 쓰기 권한을 요청하세요. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="199"/>
        <source>The workspace file in %1 is empty (0 bytes) and there is no backup of it; it was not changed. To start a new workspace there, move workspace.sqlite out of the folder first.</source>
        <translation>%1의 워크스페이스 파일이 비어 있고(0바이트) 백업도 없습니다. 파일은 변경되지 않았습니다. 그 위치에서 새 워크스페이스를 시작하려면 먼저 workspace.sqlite를 폴더 밖으로 옮기세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="206"/>
        <source>The workspace file in %1 is damaged and there is no backup of it; it was not changed. Keep a copy of the whole folder before trying anything else.</source>
        <translation>%1의 워크스페이스 파일이 손상되었고 백업도 없습니다. 파일은 변경되지 않았습니다. 다른 조치를 하기 전에 폴더 전체를 복사해 두세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="216"/>
        <source>The workspace file in %1 is empty (0 bytes); it was not changed. Restore its newest backup, from %2: File ▸ Restore from backup… in the window, or makersquare workspace restore “%3”.</source>
        <translation>%1의 워크스페이스 파일이 비어 있습니다(0바이트). 파일은 변경되지 않았습니다. %2에 만든 가장 최근 백업을 복원하세요: 창에서 파일 ▸ 백업에서 복원…, 또는 makersquare workspace restore “%3”.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="223"/>
        <source>The workspace file in %1 is damaged; it was not changed. Restore its newest backup, from %2: File ▸ Restore from backup… in the window, or makersquare workspace restore “%3”.</source>
        <translation>%1의 워크스페이스 파일이 손상되었습니다. 파일은 변경되지 않았습니다. %2에 만든 가장 최근 백업을 복원하세요: 창에서 파일 ▸ 백업에서 복원…, 또는 makersquare workspace restore “%3”.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="235"/>
        <source>The disk reported an error while reading or writing the workspace in %1. Check that the disk or USB stick is still connected, then try again.</source>
        <translation>%1의 워크스페이스를 읽거나 쓰는 중에 디스크 오류가 났습니다. 디스크나 USB 메모리가 연결되어 있는지 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="241"/>
        <source>The backup %1 is damaged or is not a Maker Square workspace; nothing was changed. Choose another backup.</source>
        <translation>백업 %1이(가) 손상되었거나 Maker Square 워크스페이스가 아닙니다. 아무것도 변경되지 않았습니다. 다른 백업을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="257"/>
        <source>Could not make %1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="263"/>
        <source>Could not make %1 with these sizes: “%2” does not fit with the others. Change it and try again.</source>
        <translation>%1: 이 치수로는 만들 수 없습니다. ‘%2’ 값이 다른 치수와 맞지 않으니 바꾼 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="273"/>
        <source>Could not make %1: “%2” must be from %3 to %4.</source>
        <translation>%1: 만들 수 없습니다. ‘%2’ 값은 %3부터 %4까지여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="280"/>
        <source>Could not make %1: “%2” is missing or not valid.</source>
        <translation>%1: 만들 수 없습니다. ‘%2’ 값이 없거나 올바르지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="62"/>
        <source>Before an update</source>
        <translation>업데이트 전</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="64"/>
        <source>Made by hand</source>
        <translation>직접 만듦</translation>
    </message>
    <message>
        <location filename="../../ui/words/labels.py" line="65"/>
        <source>Daily</source>
        <translation>매일</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="287"/>
        <source>A job title can be at most %1 characters; this one has %2. Shorten it.</source>
        <translation>작업명은 %1자까지 쓸 수 있습니다. 지금 작업명은 %2자입니다. 줄여 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="290"/>
        <source>A customer&apos;s name can be at most %1 characters; this one has %2. Shorten it.</source>
        <translation>거래처명은 %1자까지 쓸 수 있습니다. 지금 거래처명은 %2자입니다. 줄여 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="294"/>
        <source>This text can be at most %1 characters; it has %2.</source>
        <translation>이 글은 %1자까지 쓸 수 있습니다. 지금은 %2자입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="300"/>
        <source>Enter a title for the job.</source>
        <translation>작업명을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="301"/>
        <source>Enter the customer&apos;s name.</source>
        <translation>거래처명을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="302"/>
        <source>The business registration number is not valid.</source>
        <translation>사업자등록번호가 올바르지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="303"/>
        <source>Enter an item name for the line.</source>
        <translation>품목명을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="304"/>
        <source>The quantity must be a whole number, 0 or more.</source>
        <translation>수량은 0 이상의 정수로 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="305"/>
        <source>The unit price must be a whole number of won, 0 or more.</source>
        <translation>단가는 0 이상의 정수(원 단위)로 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="308"/>
        <source>The validity date cannot be before the issue date.</source>
        <translation>유효기한은 견적일보다 앞설 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="309"/>
        <source>Add at least one line to the quote first.</source>
        <translation>먼저 견적서에 품목을 한 개 이상 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="310"/>
        <source>Pick the advisor who is to review the design.</source>
        <translation>디자인을 검토할 자문위원을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="311"/>
        <source>Pick a design revision of this job to review.</source>
        <translation>검토할 이 작업의 디자인 차수를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="312"/>
        <source>Write what the comment says (at most 10,000 characters).</source>
        <translation>코멘트 내용을 쓰세요(최대 10,000자).</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="313"/>
        <source>The pin needs a point on the part.</source>
        <translation>핀은 부품 위의 한 점이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="314"/>
        <source>The pin&apos;s picture is too large.</source>
        <translation>핀의 그림이 너무 큽니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="315"/>
        <source>A verdict is either approve or request changes.</source>
        <translation>판정은 승인 또는 수정 요청 중 하나입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="316"/>
        <source>The note is too long (at most 10,000 characters).</source>
        <translation>메모가 너무 깁니다(최대 10,000자).</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="317"/>
        <source>The name of the person assigned is too long.</source>
        <translation>담당자 이름이 너무 깁니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="318"/>
        <source>A value is not valid.</source>
        <translation>입력값이 올바르지 않습니다.</translation>
    </message>
</context>
<context>
    <name>LineFromDesignDialog</name>
    <message>
        <location filename="../../ui/quotes/line_from_design_dialog.py" line="49"/>
        <source>Add line from design</source>
        <translation>디자인으로 품목 추가</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/line_from_design_dialog.py" line="97"/>
        <source> won / piece</source>
        <translation>원/개</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/line_from_design_dialog.py" line="101"/>
        <source>Type the machine hours</source>
        <translation>장비 시간 직접 입력</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/line_from_design_dialog.py" line="105"/>
        <source> h / piece</source>
        <translation> h/개</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/line_from_design_dialog.py" line="112"/>
        <source>Machine</source>
        <translation>장비</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/line_from_design_dialog.py" line="113"/>
        <source>Material</source>
        <translation>재료</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/line_from_design_dialog.py" line="114"/>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/line_from_design_dialog.py" line="115"/>
        <source>Finishing</source>
        <translation>후가공비</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/line_from_design_dialog.py" line="116"/>
        <source>Margin</source>
        <translation>마진율</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/line_from_design_dialog.py" line="117"/>
        <source>Machine time</source>
        <translation>장비 시간</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/line_from_design_dialog.py" line="119"/>
        <source>Design revision</source>
        <translation>디자인 리비전</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/line_from_design_dialog.py" line="59"/>
        <source>Add line</source>
        <translation>품목 추가</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/line_from_design_dialog.py" line="142"/>
        <source>%1 · rev %2 · %3 cm³</source>
        <translation>%1 · 리비전 %2 · %3 cm³</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/line_from_design_dialog.py" line="145"/>
        <source>(latest)</source>
        <translation>(최신)</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/line_from_design_dialog.py" line="156"/>
        <source>This job has no designs yet: import one first.</source>
        <translation>이 작업에는 아직 디자인이 없습니다. 먼저 디자인을 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/line_from_design_dialog.py" line="182"/>
        <source>%1 (%2 g/cm³, %3 won/kg)</source>
        <translation>%1 (%2 g/cm³, kg당 %3원)</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/line_from_design_dialog.py" line="222"/>
        <source>Computing the cost…</source>
        <translation>원가 계산 중…</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/line_from_design_dialog.py" line="227"/>
        <source>Costing the design</source>
        <translation>디자인 원가 계산 중</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/line_from_design_dialog.py" line="236"/>
        <source>Unit price %1 won × %2 pieces</source>
        <translation>단가 %1원 × %2개</translation>
    </message>
</context>
<context>
    <name>MainDrop</name>
    <message>
        <location filename="../../ui/shell/drop.py" line="79"/>
        <source>Folders are not imported; drop the design files themselves.</source>
        <translation>폴더는 가져오지 않습니다. 디자인 파일을 직접 끌어다 놓으세요.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/drop.py" line="92"/>
        <source>%1: not imported. %2</source>
        <translation>%1: 가져오지 않았습니다. %2</translation>
    </message>
    <message>
        <location filename="../../ui/shell/drop.py" line="112"/>
        <source>No job is selected. Make a new job “%1” for these files?</source>
        <translation>선택한 작업이 없습니다. 새 작업 ‘%1’을 만들어 이 파일들을 넣을까요?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/drop.py" line="145"/>
        <source>Creating job</source>
        <translation>작업 만드는 중</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/errors.py" line="66"/>
        <location filename="../../ui/shell/drop.py" line="111"/>
        <location filename="../../ui/shell/main_window.py" line="214"/>
        <location filename="../../ui/shell/main_window.py" line="486"/>
        <location filename="../../ui/shell/restore_dialog.py" line="183"/>
        <source>Maker Square</source>
        <translation>Maker Square</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="216"/>
        <source>Jobs</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="218"/>
        <source>Quotes</source>
        <translation>견적</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="220"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="238"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="226"/>
        <source>● Offline — working locally</source>
        <translation>● 오프라인 — 이 컴퓨터에서 작업 중</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="217"/>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="219"/>
        <source>Reviews</source>
        <translation>검토</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="228"/>
        <source>Not connected to the square. Everything is saved in this workspace.</source>
        <translation>Maker Square 온라인에 연결되어 있지 않습니다. 모든 내용은 이 워크스페이스에 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="232"/>
        <source>Workspace: %1</source>
        <translation>워크스페이스: %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="270"/>
        <source>Open workspace: choose its folder</source>
        <translation>워크스페이스 열기: 워크스페이스 폴더를 선택하세요</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="279"/>
        <source>New workspace: choose or make an empty folder</source>
        <translation>새 워크스페이스: 빈 폴더를 선택하거나 새로 만드세요</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="301"/>
        <source>Use File ▸ Open workspace… or File ▸ New workspace… to go on.</source>
        <translation>계속하려면 파일 ▸ 워크스페이스 열기… 또는 파일 ▸ 새 워크스페이스…를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="325"/>
        <source>Opened workspace %1</source>
        <translation>워크스페이스를 열었습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="410"/>
        <source> (+%1 more)</source>
        <translation> (외 %1건)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="437"/>
        <source>Select a job first (or make one with File ▸ New job…), then import.</source>
        <translation>먼저 작업을 선택하세요(또는 파일 ▸ 새 작업…으로 만드세요). 그다음 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="459"/>
        <source>Backed up to %1</source>
        <translation>백업 완료: %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="463"/>
        <source>Backing up</source>
        <translation>백업 중</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="473"/>
        <source>About Maker Square</source>
        <translation>Maker Square 정보</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="474"/>
        <source>Maker Square %1
Jobs, quotes and 3D designs for small makers.</source>
        <translation>Maker Square %1
작은 공방과 제작 업체를 위한 작업·견적·3D 디자인 관리</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="496"/>
        <source>“%1” could not be undone or redone. %2</source>
        <translation>‘%1’: 실행 취소하거나 다시 실행할 수 없습니다. %2</translation>
    </message>
    <message>
        <location filename="../../ui/gui.py" line="133"/>
        <source>Building the demo workspace</source>
        <translation>데모 워크스페이스 만드는 중</translation>
    </message>
    <message>
        <location filename="../../ui/gui.py" line="135"/>
        <source>Opening workspace</source>
        <translation>워크스페이스 여는 중</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="164"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="165"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="166"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="167"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="168"/>
        <source>&amp;New job…</source>
        <translation>새 작업(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="169"/>
        <source>&amp;Import design…</source>
        <translation>디자인 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="170"/>
        <source>&amp;Open workspace…</source>
        <translation>워크스페이스 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="171"/>
        <source>New &amp;workspace…</source>
        <translation>새 워크스페이스(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="172"/>
        <source>&amp;Recent workspaces</source>
        <translation>최근 워크스페이스(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="173"/>
        <source>&amp;Clear list</source>
        <translation>목록 지우기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="174"/>
        <source>&amp;Back up workspace now</source>
        <translation>지금 워크스페이스 백업(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="175"/>
        <source>Res&amp;tore from backup…</source>
        <translation>백업에서 복원(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="176"/>
        <source>&amp;Sync with the square now</source>
        <translation>지금 광장과 동기화(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="177"/>
        <source>Con&amp;flicts inbox…</source>
        <translation>충돌 보관함(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="178"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="179"/>
        <source>&amp;Find job</source>
        <translation>작업 찾기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="182"/>
        <source>F&amp;ull screen</source>
        <translation>전체 화면(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="183"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>단축키(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="184"/>
        <source>&amp;About Maker Square</source>
        <translation>Maker Square 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="198"/>
        <source>&amp;Undo %1</source>
        <translation>실행 취소(&amp;U): %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="200"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="203"/>
        <source>&amp;Redo %1</source>
        <translation>다시 실행(&amp;R): %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="205"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="217"/>
        <source>(not found)</source>
        <translation>(찾을 수 없음)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="225"/>
        <source>No recent workspaces</source>
        <translation>최근 워크스페이스 없음</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="264"/>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="265"/>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
</context>
<context>
    <name>Members</name>
    <message>
        <location filename="../../ui/operations/members.py" line="38"/>
        <source>Sharing job</source>
        <translation>작업 공유 중</translation>
    </message>
    <message>
        <location filename="../../ui/operations/members.py" line="53"/>
        <source>Unsharing job</source>
        <translation>작업 공유 해제 중</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/operations/messages.py" line="37"/>
        <source>Sending message</source>
        <translation>메시지 보내는 중</translation>
    </message>
    <message>
        <location filename="../../ui/operations/messages.py" line="61"/>
        <source>Marking messages read</source>
        <translation>메시지 읽음 표시 중</translation>
    </message>
</context>
<context>
    <name>NewJobDialog</name>
    <message>
        <location filename="../../ui/jobs/new_job_dialog.py" line="32"/>
        <source>New job</source>
        <translation>새 작업</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/new_job_dialog.py" line="36"/>
        <source>e.g. Silver ring prototype, size 13</source>
        <translation>예: 은반지 시제품, 13호</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/new_job_dialog.py" line="45"/>
        <source>Customer name</source>
        <translation>거래처명</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/new_job_dialog.py" line="47"/>
        <source>Set</source>
        <translation>지정</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/new_job_dialog.py" line="65"/>
        <source>Title</source>
        <translation>작업명</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/new_job_dialog.py" line="66"/>
        <source>Customer</source>
        <translation>거래처</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/new_job_dialog.py" line="67"/>
        <source>Due</source>
        <translation>납기</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/new_job_dialog.py" line="68"/>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/new_job_dialog.py" line="73"/>
        <source>Create job</source>
        <translation>작업 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/new_job_dialog.py" line="80"/>
        <source>Enter a title for the job.</source>
        <translation>작업명을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/new_job_dialog.py" line="90"/>
        <source>A job title can be at most %1 characters; the rest was left out.</source>
        <translation>작업명은 %1자까지 쓸 수 있어 나머지는 들어가지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>PartTemplateDialog</name>
    <message>
        <location filename="../../ui/designs/part_template_dialog.py" line="52"/>
        <source>New part from a template</source>
        <extracomment>The order templates are offered in.</extracomment>
        <translation>템플릿으로 새 부품 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/designs/part_template_dialog.py" line="62"/>
        <source>&amp;Template</source>
        <translation>템플릿(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/designs/part_template_dialog.py" line="71"/>
        <source>Sizes</source>
        <translation>치수</translation>
    </message>
    <message>
        <location filename="../../ui/designs/part_template_dialog.py" line="85"/>
        <source>Make part</source>
        <extracomment>fields[template code][parameter name] -&gt; its input widget</extracomment>
        <translation>부품 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/designs/part_template_dialog.py" line="137"/>
        <source>From %1 to %2</source>
        <translation>%1부터 %2까지</translation>
    </message>
</context>
<context>
    <name>PinListWidget</name>
    <message>
        <location filename="../../ui/review/pin_thread.py" line="87"/>
        <source>(no name)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <location filename="../../ui/review/pin_thread.py" line="89"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location filename="../../ui/review/pin_thread.py" line="91"/>
        <source>%1 replies</source>
        <translation>답글 %1개</translation>
    </message>
    <message>
        <location filename="../../ui/review/pin_thread.py" line="93"/>
        <source>earlier revision</source>
        <translation>이전 차수</translation>
    </message>
</context>
<context>
    <name>PinTextDialog</name>
    <message>
        <location filename="../../ui/review/pin_text_dialog.py" line="34"/>
        <source>New pin</source>
        <translation>새 핀</translation>
    </message>
    <message>
        <location filename="../../ui/review/pin_text_dialog.py" line="36"/>
        <source>What should be looked at here?</source>
        <translation>여기서 무엇을 봐야 하나요?</translation>
    </message>
    <message>
        <location filename="../../ui/review/pin_text_dialog.py" line="39"/>
        <source>e.g. This wall is too thin to print; make it 2 mm.</source>
        <translation>예: 이 벽은 출력하기에 너무 얇습니다. 2 mm로 해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/review/pin_text_dialog.py" line="46"/>
        <source>The measurement shown in the view is attached to the pin.</source>
        <translation>화면에 보이는 측정값이 핀에 함께 붙습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/review/pin_text_dialog.py" line="49"/>
        <source>The %1 measurements shown in the view are attached to the pin.</source>
        <translation>화면에 보이는 측정값 %1개가 핀에 함께 붙습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/review/pin_text_dialog.py" line="58"/>
        <source>Add pin</source>
        <translation>핀 추가</translation>
    </message>
    <message>
        <location filename="../../ui/review/pin_text_dialog.py" line="59"/>
        <source>Add the pin (Ctrl+Enter)</source>
        <translation>핀 추가 (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>PinThreadWidget</name>
    <message>
        <location filename="../../ui/review/pin_thread.py" line="176"/>
        <source>Pick a pin to read its thread.</source>
        <translation>핀을 고르면 대화가 보입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/review/pin_thread.py" line="194"/>
        <source>Hole ⌀ %1 mm</source>
        <translation>구멍 ⌀ %1 mm</translation>
    </message>
    <message>
        <location filename="../../ui/review/pin_thread.py" line="196"/>
        <source>Distance %1 mm</source>
        <translation>거리 %1 mm</translation>
    </message>
    <message>
        <location filename="../../ui/review/pin_thread.py" line="197"/>
        <source>A measurement</source>
        <translation>측정값</translation>
    </message>
    <message>
        <location filename="../../ui/review/pin_thread.py" line="201"/>
        <location filename="../../ui/review/pin_thread.py" line="237"/>
        <source>Nobody</source>
        <translation>담당자 없음</translation>
    </message>
    <message>
        <location filename="../../ui/review/pin_thread.py" line="208"/>
        <source>Reopen</source>
        <translation>다시 열기</translation>
    </message>
    <message>
        <location filename="../../ui/review/pin_thread.py" line="208"/>
        <source>Resolve</source>
        <translation>해결</translation>
    </message>
    <message>
        <location filename="../../ui/review/pin_thread.py" line="231"/>
        <source>Write a reply…</source>
        <translation>답글 쓰기…</translation>
    </message>
    <message>
        <location filename="../../ui/review/pin_thread.py" line="232"/>
        <source>Reply</source>
        <translation>답글</translation>
    </message>
    <message>
        <location filename="../../ui/review/pin_thread.py" line="233"/>
        <source>Send the reply (Ctrl+Enter)</source>
        <translation>답글 보내기 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/review/pin_thread.py" line="234"/>
        <source>Assigned to</source>
        <translation>담당</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <location filename="../../ui/quotes/dialog.py" line="243"/>
        <source>Quote %1</source>
        <translation>견적서 %1</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/dialog.py" line="246"/>
        <source>Revision %1</source>
        <translation>%1차</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/dialog.py" line="248"/>
        <source>Sent</source>
        <translation>발송 완료</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/dialog.py" line="248"/>
        <source>Draft</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/dialog.py" line="286"/>
        <source>%1 won</source>
        <translation>%1원</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/dialog.py" line="301"/>
        <location filename="../../ui/quotes/dialog.py" line="391"/>
        <source>Saving quote</source>
        <translation>견적서 저장 중</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/dialog_edits.py" line="141"/>
        <source>New item</source>
        <translation>새 품목</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/dialog.py" line="338"/>
        <source>Costing the design</source>
        <translation>디자인 원가 계산 중</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/dialog.py" line="349"/>
        <source>Edit a sent quote</source>
        <translation>발송한 견적서 수정</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/dialog.py" line="351"/>
        <source>This revision was sent and stays as it was. Make a new revision to change it?</source>
        <translation>이 차수는 이미 발송되어 그대로 보존됩니다. 새 차수를 만들어 수정할까요?</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/dialog.py" line="363"/>
        <location filename="../../ui/quotes/dialog.py" line="448"/>
        <source>Mark as sent</source>
        <translation>발송 완료로 표시</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/dialog.py" line="365"/>
        <source>Once sent, this revision is frozen; later changes make a new revision. Mark it as sent?</source>
        <translation>발송 완료로 표시하면 이 차수는 더 이상 수정할 수 없고, 이후 변경 사항은 새 차수로 만들어집니다. 발송 완료로 표시할까요?</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/dialog.py" line="407"/>
        <source>Saved %1</source>
        <translation>저장 완료: %1</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/dialog.py" line="418"/>
        <source>Quote</source>
        <translation>견적서</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/dialog.py" line="421"/>
        <source>This revision was sent and is frozen. To change it, make a new revision; this one stays as it was.</source>
        <translation>이 차수는 발송되어 수정할 수 없습니다. 변경하려면 새 차수를 만드세요. 이 차수는 그대로 보존됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/dialog.py" line="427"/>
        <location filename="../../ui/quotes/dialog.py" line="439"/>
        <source>VAT</source>
        <translation>부가세</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/dialog.py" line="427"/>
        <source>Rounding</source>
        <translation>단수 처리</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/dialog.py" line="427"/>
        <source>Valid until</source>
        <translation>유효기한</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/dialog.py" line="433"/>
        <source>+ Add line</source>
        <translation>+ 품목 추가</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/dialog.py" line="434"/>
        <source>Add line from design…</source>
        <translation>디자인으로 품목 추가…</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/dialog.py" line="435"/>
        <source>Remove line</source>
        <translation>품목 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/dialog.py" line="436"/>
        <source>Notes (printed on the quote)</source>
        <translation>비고 (견적서에 인쇄됨)</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/dialog.py" line="439"/>
        <source>Supply amount</source>
        <translation>공급가액</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/dialog.py" line="439"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/dialog.py" line="443"/>
        <source>Save as PDF…</source>
        <translation>견적서 PDF로 저장…</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/dialog.py" line="444"/>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/dialog.py" line="445"/>
        <source>Export for e-mail…</source>
        <translation>이메일용으로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/dialog.py" line="449"/>
        <source>New revision</source>
        <translation>새 차수 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/dialog.py" line="450"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>QuoteExporter</name>
    <message>
        <location filename="../../ui/quotes/export.py" line="154"/>
        <source>Save quote as PDF</source>
        <translation>견적서를 PDF로 저장</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/export.py" line="154"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/export.py" line="167"/>
        <source>Writing PDF</source>
        <translation>PDF 만드는 중</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/export.py" line="173"/>
        <source>Print quote</source>
        <translation>견적서 인쇄</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/export.py" line="183"/>
        <source>Folder for the PDF and the e-mail draft</source>
        <translation>PDF와 이메일 초안을 저장할 폴더</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/export.py" line="196"/>
        <source>Writing the e-mail draft</source>
        <translation>이메일 초안 만드는 중</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/export.py" line="202"/>
        <source>Export for e-mail</source>
        <translation>이메일용으로 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/export.py" line="204"/>
        <source>The quote and an e-mail draft with it attached were saved:
%1
%2</source>
        <translation>견적서와, 견적서를 첨부한 이메일 초안을 저장했습니다:
%1
%2</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/export.py" line="208"/>
        <source>Open the draft</source>
        <translation>초안 열기</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/export.py" line="209"/>
        <source>Open the folder</source>
        <translation>폴더 열기</translation>
    </message>
</context>
<context>
    <name>QuoteLinesModel</name>
    <message>
        <location filename="../../ui/models/quote_lines_model.py" line="39"/>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../../ui/models/quote_lines_model.py" line="40"/>
        <source>Item</source>
        <translation>품목</translation>
    </message>
    <message>
        <location filename="../../ui/models/quote_lines_model.py" line="41"/>
        <source>Spec.</source>
        <translation>규격</translation>
    </message>
    <message>
        <location filename="../../ui/models/quote_lines_model.py" line="42"/>
        <source>Qty</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../../ui/models/quote_lines_model.py" line="43"/>
        <source>Unit price</source>
        <translation>단가</translation>
    </message>
    <message>
        <location filename="../../ui/models/quote_lines_model.py" line="44"/>
        <source>Supply amount</source>
        <translation>공급가액</translation>
    </message>
    <message>
        <location filename="../../ui/models/quote_lines_model.py" line="45"/>
        <source>VAT</source>
        <translation>세액</translation>
    </message>
    <message>
        <location filename="../../ui/models/quote_lines_model.py" line="46"/>
        <source>Note</source>
        <translation>비고</translation>
    </message>
</context>
<context>
    <name>QuoteTerms</name>
    <message>
        <location filename="../../ui/cli/quote.py" line="235"/>
        <location filename="../../ui/words/terms.py" line="16"/>
        <source>VAT extra (+10 %)</source>
        <translation>부가세 별도 (+10%)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/quote.py" line="233"/>
        <location filename="../../ui/words/terms.py" line="15"/>
        <source>VAT included</source>
        <translation>부가세 포함</translation>
    </message>
    <message>
        <location filename="../../ui/cli/quote.py" line="239"/>
        <location filename="../../ui/words/terms.py" line="21"/>
        <source>Round down</source>
        <translation>절사</translation>
    </message>
    <message>
        <location filename="../../ui/cli/quote.py" line="240"/>
        <location filename="../../ui/words/terms.py" line="22"/>
        <source>Round</source>
        <translation>반올림</translation>
    </message>
    <message>
        <location filename="../../ui/cli/quote.py" line="241"/>
        <location filename="../../ui/words/terms.py" line="23"/>
        <source>Round up</source>
        <translation>절상</translation>
    </message>
    <message>
        <location filename="../../ui/cli/quote.py" line="243"/>
        <location filename="../../ui/words/terms.py" line="26"/>
        <source>%1 to %2 won</source>
        <translation>%2원 단위 %1</translation>
    </message>
</context>
<context>
    <name>QuotesPage</name>
    <message>
        <location filename="../../ui/quotes/page.py" line="78"/>
        <source>Sent</source>
        <translation>발송 완료</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/page.py" line="78"/>
        <source>Draft</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/page.py" line="80"/>
        <source>Draft to merge</source>
        <translation>합칠 초안</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/page.py" line="82"/>
        <source>design changed</source>
        <translation>디자인 변경됨</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/page.py" line="119"/>
        <source>Quotes</source>
        <translation>견적서</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/page.py" line="120"/>
        <source>Open quote</source>
        <translation>견적서 열기</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/page.py" line="121"/>
        <source>Go to job</source>
        <translation>작업으로 이동</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/page.py" line="124"/>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/page.py" line="125"/>
        <source>Rev.</source>
        <translation>차수</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/page.py" line="126"/>
        <source>Job</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/page.py" line="127"/>
        <source>Customer</source>
        <translation>거래처</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/page.py" line="128"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/page.py" line="129"/>
        <source>Date</source>
        <translation>견적일</translation>
    </message>
    <message>
        <location filename="../../ui/quotes/page.py" line="130"/>
        <source>Total (won)</source>
        <translation>합계 (원)</translation>
    </message>
</context>
<context>
    <name>RequestReviewDialog</name>
    <message>
        <location filename="../../ui/review/request_dialog.py" line="72"/>
        <location filename="../../ui/review/request_dialog.py" line="96"/>
        <source>Request review</source>
        <translation>검토 요청</translation>
    </message>
    <message>
        <location filename="../../ui/review/request_dialog.py" line="82"/>
        <source>What should the advisor look at?</source>
        <translation>자문위원이 무엇을 봐 주면 좋을까요?</translation>
    </message>
    <message>
        <location filename="../../ui/review/request_dialog.py" line="85"/>
        <source>Design revision</source>
        <translation>디자인 차수</translation>
    </message>
    <message>
        <location filename="../../ui/review/request_dialog.py" line="86"/>
        <source>Advisor</source>
        <translation>자문위원</translation>
    </message>
    <message>
        <location filename="../../ui/review/request_dialog.py" line="87"/>
        <source>Due date</source>
        <translation>마감일</translation>
    </message>
    <message>
        <location filename="../../ui/review/request_dialog.py" line="88"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/review/request_dialog.py" line="110"/>
        <source>Search advisors: name, affiliation, field</source>
        <translation>자문위원 검색: 이름, 소속, 분야</translation>
    </message>
    <message>
        <location filename="../../ui/review/request_dialog.py" line="115"/>
        <source>Sync once to get the square&apos;s directory of advisors.</source>
        <translation>한 번 동기화하면 광장의 자문위원 명단을 받습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/review/request_dialog.py" line="118"/>
        <source>No advisor matches the search.</source>
        <translation>검색과 맞는 자문위원이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/review/request_dialog.py" line="122"/>
        <source>Or type the advisor&apos;s user name on the square</source>
        <translation>또는 자문위원의 광장 사용자 이름을 입력하세요</translation>
    </message>
    <message>
        <location filename="../../ui/review/request_dialog.py" line="131"/>
        <source>By</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../ui/review/request_dialog.py" line="149"/>
        <source>Reading the job&apos;s designs and the advisors…</source>
        <translation>작업의 디자인과 자문위원 명단을 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/review/request_dialog.py" line="167"/>
        <source>Ask an advisor to review a design of %1 “%2”.</source>
        <translation>%1 “%2”의 디자인 검토를 자문위원에게 요청합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/review/request_dialog.py" line="185"/>
        <source>This job has no designs yet: import one first.</source>
        <translation>이 작업에는 아직 디자인이 없습니다. 먼저 디자인을 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../ui/review/request_dialog.py" line="195"/>
        <source>(latest)</source>
        <translation>(최신)</translation>
    </message>
    <message>
        <location filename="../../ui/review/request_dialog.py" line="248"/>
        <source>Requesting the review…</source>
        <translation>검토를 요청하는 중…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="51"/>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="52"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="67"/>
        <source>Restore from backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="72"/>
        <source>Choose the backup to put back as the workspace in %1. The file it replaces is kept beside it as workspace.sqlite.before-restore-…; nothing is deleted.</source>
        <translation>%1의 워크스페이스로 되돌릴 백업을 고르세요. 지금 파일은 옆에 workspace.sqlite.before-restore-…로 남겨 두며, 아무것도 지우지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="81"/>
        <source>Taken</source>
        <translation>만든 때</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="81"/>
        <source>Why</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="81"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="101"/>
        <source>There are no backups of this workspace yet.</source>
        <translation>이 워크스페이스의 백업이 아직 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="107"/>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="169"/>
        <source>The workspace was restored from the backup of %1.</source>
        <translation>%1에 만든 백업으로 워크스페이스를 복원했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="173"/>
        <source>The file it replaced is kept as %1.</source>
        <translation>바뀌기 전 파일은 %1(으)로 남겨 두었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="188"/>
        <source>Restore from backup…</source>
        <translation>백업에서 복원…</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../ui/words/review.py" line="18"/>
        <location filename="../../ui/words/review.py" line="35"/>
        <source>Open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../../ui/words/review.py" line="19"/>
        <location filename="../../ui/words/review.py" line="29"/>
        <source>Changes requested</source>
        <translation>수정 요청</translation>
    </message>
    <message>
        <location filename="../../ui/words/review.py" line="20"/>
        <location filename="../../ui/words/review.py" line="28"/>
        <source>Approved</source>
        <translation>승인</translation>
    </message>
    <message>
        <location filename="../../ui/words/review.py" line="21"/>
        <source>Withdrawn</source>
        <translation>철회됨</translation>
    </message>
    <message>
        <location filename="../../ui/words/review.py" line="22"/>
        <source>Superseded</source>
        <translation>새 차수로 대체됨</translation>
    </message>
    <message>
        <location filename="../../ui/words/review.py" line="36"/>
        <source>Resolved</source>
        <translation>해결됨</translation>
    </message>
    <message>
        <location filename="../../ui/words/review.py" line="44"/>
        <source>The reviewer&apos;s signature does not hold: the verdict was changed after it was signed.</source>
        <translation>검토자의 서명이 맞지 않습니다: 판정이 서명된 뒤에 바뀌었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/review.py" line="48"/>
        <source>The square has not accepted this verdict yet: sync to get its receipt.</source>
        <translation>광장이 아직 이 판정을 받지 않았습니다: 동기화하면 접수증을 받습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/review.py" line="51"/>
        <source>This workspace has not met the square yet, so the receipt cannot be checked: sync once.</source>
        <translation>이 워크스페이스는 아직 광장과 동기화한 적이 없어 접수증을 확인할 수 없습니다: 한 번 동기화하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/review.py" line="55"/>
        <source>The square&apos;s receipt does not hold: the verdict or its receipt was changed.</source>
        <translation>광장의 접수증이 맞지 않습니다: 판정이나 접수증이 바뀌었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/review.py" line="58"/>
        <source>The verdict does not follow the one before it: a verdict was removed, added or changed.</source>
        <translation>판정이 바로 앞 판정에 이어지지 않습니다: 판정이 지워졌거나 끼워졌거나 바뀌었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/review.py" line="62"/>
        <source>The verdict names another review or revision.</source>
        <translation>판정이 다른 검토나 차수를 가리킵니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/review.py" line="63"/>
        <source>The verdict or the review names another design file than the revision&apos;s.</source>
        <translation>판정이나 검토가 이 차수와 다른 디자인 파일을 가리킵니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/review.py" line="66"/>
        <source>The design file was changed after it was reviewed: its SHA-256 differs.</source>
        <translation>디자인 파일이 검토 뒤에 바뀌었습니다: SHA-256이 다릅니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/review.py" line="69"/>
        <source>The design file is not in this workspace: sync to download it.</source>
        <translation>이 워크스페이스에 디자인 파일이 없습니다: 동기화해서 내려받으세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/review.py" line="72"/>
        <source>Pin %1 says something else than the verdict signed, or was removed.</source>
        <translation>핀 %1의 내용이 판정에 서명된 것과 다르거나 핀이 지워졌습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/review.py" line="75"/>
        <source>The verdict&apos;s signed pins cannot be read.</source>
        <translation>판정에 서명된 핀 목록을 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ReviewOps</name>
    <message>
        <location filename="../../ui/operations/review.py" line="76"/>
        <source>Requesting review</source>
        <translation>검토 요청 중</translation>
    </message>
    <message>
        <location filename="../../ui/operations/review.py" line="87"/>
        <source>Withdrawing review</source>
        <translation>검토 요청 철회 중</translation>
    </message>
    <message>
        <location filename="../../ui/operations/review.py" line="127"/>
        <source>Adding pin</source>
        <translation>핀 추가 중</translation>
    </message>
    <message>
        <location filename="../../ui/operations/review.py" line="146"/>
        <source>Replying</source>
        <translation>답글 저장 중</translation>
    </message>
    <message>
        <location filename="../../ui/operations/review.py" line="186"/>
        <source>Signing the verdict</source>
        <translation>판정에 서명하는 중</translation>
    </message>
</context>
<context>
    <name>ReviewPacket</name>
    <message>
        <location filename="../../ui/review/packet.py" line="283"/>
        <location filename="../../ui/review/packet_html.py" line="83"/>
        <source>Design review packet</source>
        <translation>디자인 검토 자료</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="82"/>
        <source>Made %1</source>
        <translation>작성 %1</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="96"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="98"/>
        <source>late</source>
        <translation>기한 지남</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="100"/>
        <source>Job</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="102"/>
        <source>Design</source>
        <translation>디자인</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="106"/>
        <source>File SHA-256</source>
        <translation>파일 SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="107"/>
        <source>Requester</source>
        <translation>요청자</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="108"/>
        <source>Reviewer</source>
        <translation>검토자</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="109"/>
        <source>Requested</source>
        <translation>요청 시각</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="110"/>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="111"/>
        <location filename="../../ui/review/packet_html.py" line="164"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="114"/>
        <source>Request note</source>
        <translation>요청 메모</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="128"/>
        <location filename="../../ui/review/packet_html.py" line="312"/>
        <source>No verdict has been given yet.</source>
        <translation>아직 판정이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="132"/>
        <source>Verdict: %1, signed by %2 on %3</source>
        <translation>판정: %1 (%2 서명, %3)</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="140"/>
        <source>Verified: every signature, receipt, the chain and the file hash hold.</source>
        <translation>검증됨: 모든 서명과 접수증, 판정의 연결, 파일 해시가 맞습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="144"/>
        <source>Not verified. Problems found: %1 (see Verdicts and signatures).</source>
        <translation>검증 실패. 문제 %1건 (판정과 서명 항목 참조).</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="157"/>
        <source>Pins at a glance</source>
        <translation>핀 목록</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="159"/>
        <source>No pins on this review.</source>
        <translation>이 검토에는 핀이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="163"/>
        <source>Pin</source>
        <translation>핀</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="165"/>
        <source>Assigned to</source>
        <translation>담당</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="167"/>
        <source>Replies</source>
        <translation>답글</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="182"/>
        <source>The part from four sides</source>
        <translation>네 방향에서 본 부품</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="185"/>
        <source>The design file could not be read in this workspace, so the views are missing.</source>
        <translation>이 워크스페이스에서 디자인 파일을 읽을 수 없어 투상도를 넣지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="191"/>
        <source>Front</source>
        <translation>정면</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="192"/>
        <source>Right</source>
        <translation>우측면</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="193"/>
        <source>Top</source>
        <translation>평면</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="194"/>
        <source>Iso</source>
        <translation>등각</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="204"/>
        <source>Numbered circles are the pins; a hollow circle is hidden behind the part from that side. Front, right and top are drawn at one scale.</source>
        <translation>번호가 붙은 원이 핀입니다. 속이 빈 원은 그 방향에서 부품에 가려진 핀입니다. 정면·우측면·평면은 같은 축척으로 그렸습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="222"/>
        <source>Pins and their threads</source>
        <translation>핀별 내용과 답글</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="231"/>
        <source>by %1</source>
        <translation>작성: %1</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="236"/>
        <source>assigned to %1</source>
        <translation>담당: %1</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="238"/>
        <source>at (%1, %2, %3) mm</source>
        <translation>위치 (%1, %2, %3) mm</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="246"/>
        <source>Measurements</source>
        <translation>측정값</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="280"/>
        <source>Distance %1 mm</source>
        <translation>거리 %1 mm</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="282"/>
        <source>Hole diameter %1 mm</source>
        <translation>구멍 지름 %1 mm</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="290"/>
        <source>Design check</source>
        <translation>디자인 검사</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="292"/>
        <source>This revision has not been checked.</source>
        <translation>이 차수는 아직 검사하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="294"/>
        <source>The check found no problems.</source>
        <translation>검사에서 문제가 발견되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="306"/>
        <source>Verdicts and signatures</source>
        <translation>판정과 서명</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="317"/>
        <source>Each verdict is signed with the reviewer&apos;s Ed25519 key over the review, the revision, the file&apos;s SHA-256, the note, the pins and the previous verdict; the square adds its receipt. Anyone with the workspace can check them offline with “makersquare review verify”.</source>
        <translation>각 판정은 검토, 차수, 파일의 SHA-256, 메모, 핀, 이전 판정을 묶어 검토자의 Ed25519 키로 서명되고, 광장이 접수증을 덧붙입니다. 워크스페이스가 있으면 누구나 “makersquare review verify”로 오프라인에서 확인할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="332"/>
        <source>not yet received by the square</source>
        <translation>광장이 아직 받지 않음</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="334"/>
        <source>Verified</source>
        <translation>검증됨</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="340"/>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="341"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="342"/>
        <source>Signer</source>
        <translation>서명자</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="343"/>
        <source>Signed</source>
        <translation>서명 시각</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="344"/>
        <source>Received by the square</source>
        <translation>광장 접수 시각</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="345"/>
        <source>Key fingerprint</source>
        <translation>키 지문</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="346"/>
        <source>Verdict hash</source>
        <translation>판정 해시</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="347"/>
        <source>Verification</source>
        <translation>검증</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="359"/>
        <source>Not verified</source>
        <translation>검증 실패</translation>
    </message>
    <message>
        <location filename="../../ui/review/packet_html.py" line="410"/>
        <source>unreadable key</source>
        <translation>읽을 수 없는 키</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../ui/review/export.py" line="47"/>
        <source>Writing the review packet</source>
        <translation>검토 자료를 쓰는 중</translation>
    </message>
    <message>
        <location filename="../../ui/review/export.py" line="49"/>
        <source>Writing the BCF file</source>
        <translation>BCF 파일을 쓰는 중</translation>
    </message>
    <message>
        <location filename="../../ui/review/export.py" line="60"/>
        <source>Saved to %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_panel.py" line="269"/>
        <source>%1 · asked by %2 of %3</source>
        <translation>%1 · 요청자 %2 → 검토자 %3</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_panel.py" line="271"/>
        <source>(this computer)</source>
        <translation>(이 컴퓨터)</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_panel.py" line="274"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_panel.py" line="275"/>
        <source>Due date: %1</source>
        <translation>마감일: %1</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_panel.py" line="276"/>
        <source>(late)</source>
        <translation>(기한 지남)</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_panel.py" line="282"/>
        <source>File SHA-256: %1…</source>
        <translation>파일 SHA-256: %1…</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_panel.py" line="288"/>
        <source>Pins (%1)</source>
        <translation>핀 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_panel.py" line="294"/>
        <source>To pin a comment, turn on the pin tool in the toolbar (P) and click the part. Pins from earlier revisions are shown greyed.</source>
        <translation>코멘트를 핀으로 남기려면 도구 모음에서 핀 도구(P)를 켜고 부품을 클릭하세요. 이전 차수의 핀은 회색으로 보입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_panel.py" line="300"/>
        <source>This review is closed: its pins and verdicts can be read, not changed.</source>
        <translation>닫힌 검토입니다. 핀과 판정을 읽을 수만 있고 바꿀 수는 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_panel.py" line="360"/>
        <source>Withdraw review</source>
        <translation>검토 요청 철회</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_panel.py" line="362"/>
        <source>Withdraw this review request? The advisor can still read it but can no longer pin or give a verdict.</source>
        <translation>이 검토 요청을 철회할까요? 자문위원은 계속 읽을 수 있지만 더는 핀을 남기거나 판정할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_panel.py" line="372"/>
        <source>The file&apos;s SHA-256 was copied.</source>
        <translation>파일의 SHA-256을 복사했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_panel.py" line="384"/>
        <source>Export review packet</source>
        <translation>검토 자료 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_panel.py" line="385"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_panel.py" line="387"/>
        <source>Export as BCF</source>
        <translation>BCF로 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_panel.py" line="388"/>
        <source>BCF (*.bcfzip)</source>
        <translation>BCF (*.bcfzip)</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_panel.py" line="395"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_panel.py" line="396"/>
        <source>Copy the design file&apos;s full SHA-256</source>
        <translation>디자인 파일의 SHA-256 전체 복사</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_panel.py" line="397"/>
        <source>Approve…</source>
        <translation>승인…</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_panel.py" line="398"/>
        <source>Request changes…</source>
        <translation>수정 요청…</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_panel.py" line="399"/>
        <source>Withdraw</source>
        <translation>철회</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_panel.py" line="400"/>
        <source>Verdicts</source>
        <translation>판정</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_panel.py" line="401"/>
        <source>Export packet…</source>
        <translation>검토 자료 내보내기…</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_panel.py" line="403"/>
        <source>A PDF of the review for a meeting or a support programme&apos;s report</source>
        <translation>회의나 지원사업 보고서에 쓸 검토 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_panel.py" line="405"/>
        <source>Export as BCF…</source>
        <translation>BCF로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../ui/review/review_panel.py" line="406"/>
        <source>The pins as BCF topics, for other review tools</source>
        <translation>다른 검토 도구에서 열 수 있도록 핀을 BCF 토픽으로</translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <location filename="../../ui/models/reviews.py" line="119"/>
        <source>%1 (late)</source>
        <translation>%1 (기한 지남)</translation>
    </message>
    <message>
        <location filename="../../ui/models/reviews.py" line="136"/>
        <source>New activity since you last looked</source>
        <translation>마지막으로 본 뒤 새 활동이 있습니다</translation>
    </message>
    <message>
        <location filename="../../ui/models/reviews.py" line="138"/>
        <source>Past its due date and still open</source>
        <translation>마감일이 지났는데 아직 진행 중입니다</translation>
    </message>
    <message>
        <location filename="../../ui/models/reviews.py" line="153"/>
        <source>Job</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../../ui/models/reviews.py" line="154"/>
        <source>Title</source>
        <translation>작업명</translation>
    </message>
    <message>
        <location filename="../../ui/models/reviews.py" line="155"/>
        <source>Design</source>
        <translation>디자인</translation>
    </message>
    <message>
        <location filename="../../ui/models/reviews.py" line="156"/>
        <source>Reviewer</source>
        <translation>검토자</translation>
    </message>
    <message>
        <location filename="../../ui/models/reviews.py" line="158"/>
        <source>Requester</source>
        <translation>요청자</translation>
    </message>
    <message>
        <location filename="../../ui/models/reviews.py" line="159"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/models/reviews.py" line="160"/>
        <source>Due date</source>
        <translation>마감일</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../../ui/review/page.py" line="208"/>
        <source>No reviews have been requested from you. When a maker asks you to review a design, it shows here after a sync.</source>
        <translation>요청받은 검토가 없습니다. 메이커가 디자인 검토를 요청하면 동기화 뒤에 여기에 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="213"/>
        <source>Sign in to the square (Settings ▸ Square) to see the reviews requested from you.</source>
        <translation>광장에 로그인하면(설정 ▸ 광장) 요청받은 검토가 보입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="219"/>
        <source>You have not asked for a review yet. To ask an advisor to review a design, select its job on the Jobs page and choose “Request review…”.</source>
        <translation>아직 요청한 검토가 없습니다. 자문위원에게 디자인 검토를 요청하려면 작업 화면에서 작업을 고르고 “검토 요청…”을 누르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="269"/>
        <source>Requests to me</source>
        <translation>내가 받은 요청</translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="270"/>
        <source>My requests</source>
        <translation>내가 한 요청</translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="274"/>
        <source>● %1 new</source>
        <translation>● 새 소식 %1</translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="278"/>
        <source>Reviews</source>
        <translation>검토</translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="279"/>
        <source>Search reviews: job, design, name…</source>
        <translation>검토 검색: 작업, 디자인, 이름…</translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="280"/>
        <source>Only open reviews</source>
        <translation>진행 중인 검토만</translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="281"/>
        <source>Hide approved, withdrawn and superseded reviews</source>
        <translation>승인·철회·대체된 검토 숨기기</translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="282"/>
        <source>Open review</source>
        <translation>검토 열기</translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="285"/>
        <source>Not signed in to the square: every review made on this computer shows under “My requests”. Sign in (Settings ▸ Square) to see the reviews requested from you.</source>
        <translation>광장에 로그인하지 않았습니다. 이 컴퓨터에서 만든 검토는 모두 “내가 한 요청”에 보입니다. 로그인하면(설정 ▸ 광장) 요청받은 검토도 보입니다.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings/profile.py" line="184"/>
        <source>%1 of 10 digits</source>
        <translation>10자리 중 %1자리</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile.py" line="224"/>
        <source>Seal image</source>
        <translation>도장 이미지</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile.py" line="226"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>이미지 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile.py" line="307"/>
        <source>Saving profile</source>
        <translation>사업자 정보 저장 중</translation>
    </message>
    <message>
        <location filename="../../ui/settings/workspace_sections.py" line="31"/>
        <source>Saving settings</source>
        <translation>설정 저장 중</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogue.py" line="47"/>
        <source>Enter a name; it is how quotes and checks show it.</source>
        <translation>이름을 입력하세요. 견적서와 검사 결과에 이 이름이 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogue.py" line="48"/>
        <source>Choose a process from the list.</source>
        <translation>목록에서 공정을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogue.py" line="49"/>
        <source>Each side of the build volume must be more than 0 mm.</source>
        <translation>출력 공간의 각 변은 0 mm보다 커야 합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogue.py" line="52"/>
        <location filename="../../ui/settings/catalogue.py" line="55"/>
        <source>Rates and fees are whole won, 0 or more (for example 5,000).</source>
        <translation>단가와 셋업비는 0 이상의 정수(원 단위)로 입력하세요 (예: 5,000).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogue.py" line="58"/>
        <source>The density must be from 0.1 to 25 g/cm³ (water is 1, PLA 1.24, silver 10.36).</source>
        <translation>밀도는 0.1부터 25 g/cm³까지여야 합니다 (물 1, PLA 1.24, 은 10.36).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogue.py" line="62"/>
        <source>The price is whole won per kilogram, 0 or more.</source>
        <translation>단가는 kg당 0 이상의 정수(원 단위)로 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogue.py" line="155"/>
        <source>New machine</source>
        <translation>새 장비</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogue.py" line="159"/>
        <source>New material</source>
        <translation>새 재료</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogue.py" line="171"/>
        <source>%1 (copy)</source>
        <translation>%1 (사본)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogue.py" line="195"/>
        <source>Delete the machine “%1”?

Quotes and checks already made keep their figures. New checks and quotes can no longer choose it.</source>
        <translation>‘%1’ 장비를 삭제할까요?

이미 만든 견적서와 검사 결과의 수치는 그대로 남습니다. 새 검사와 견적서에서는 이 장비를 더 이상 고를 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogue.py" line="201"/>
        <source>Delete the material “%1”?

Quotes already made keep their prices. New quote lines can no longer choose it.</source>
        <translation>‘%1’ 재료를 삭제할까요?

이미 만든 견적서의 가격은 그대로 남습니다. 새 견적 품목에서는 이 재료를 더 이상 고를 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogue.py" line="208"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogue.py" line="264"/>
        <source>+ Add machine</source>
        <translation>+ 장비 추가</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogue.py" line="266"/>
        <source>+ Add material</source>
        <translation>+ 재료 추가</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogue.py" line="268"/>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogue.py" line="269"/>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogue.py" line="271"/>
        <source>Double-click a cell (or select it and type) to change it.</source>
        <translation>셀을 더블클릭하거나, 셀을 선택한 뒤 입력하면 값을 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance.py" line="62"/>
        <location filename="../../ui/settings/appearance.py" line="63"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance.py" line="64"/>
        <location filename="../../ui/settings/appearance.py" line="125"/>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance.py" line="66"/>
        <source>Menus, pages, numbers and dates change at once; quotes are written in this language too.</source>
        <translation>메뉴, 화면, 숫자와 날짜가 바로 바뀝니다. 견적서도 이 언어로 작성됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance.py" line="121"/>
        <source>Appearance</source>
        <translation>화면 모양</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance.py" line="122"/>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance.py" line="126"/>
        <source>Light</source>
        <translation>밝은 테마</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance.py" line="127"/>
        <source>Dark</source>
        <translation>어두운 테마</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance.py" line="131"/>
        <source>Projector mode (classroom)</source>
        <translation>프로젝터 모드 (강의실용)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance.py" line="133"/>
        <source>Large type, strong contrast and thick focus rings, so a class can read the screen from the back of the room.</source>
        <translation>글자를 크게, 대비를 강하게, 포커스 테두리를 굵게 표시해 강의실 뒷자리에서도 화면을 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile.py" line="182"/>
        <source>✗ only digits and hyphens</source>
        <translation>✗ 숫자와 하이픈(-)만 입력</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile.py" line="187"/>
        <source>✗ more than 10 digits</source>
        <translation>✗ 10자리 초과</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile.py" line="189"/>
        <source>✓ valid number</source>
        <translation>✓ 올바른 번호</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile.py" line="195"/>
        <source>✗ check digit does not match — a digit is mistyped</source>
        <translation>✗ 검증 번호가 맞지 않음 — 잘못 입력한 숫자가 있습니다</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile.py" line="201"/>
        <source>✗ like name@example.kr</source>
        <translation>✗ 예: name@example.kr</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile.py" line="212"/>
        <source>✗ like 02-123-4567</source>
        <translation>✗ 예: 02-123-4567</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile.py" line="236"/>
        <source>This file is not an image Maker Square can read. Choose a PNG or JPEG.</source>
        <translation>Maker Square에서 읽을 수 있는 이미지 파일이 아닙니다. PNG 또는 JPEG 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile.py" line="274"/>
        <source>no seal</source>
        <translation>도장 없음</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile.py" line="292"/>
        <source>Not saved: fix what is marked in red (%1), then save again.</source>
        <translation>저장하지 않았습니다: 빨간색으로 표시된 항목(%1)을 고친 뒤 다시 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile.py" line="324"/>
        <source>✓ Saved at %1. New quotes print this profile.</source>
        <translation>✓ %1에 저장했습니다. 새 견적서부터 이 사업자 정보가 인쇄됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile.py" line="343"/>
        <source>Business profile (printed on quotes)</source>
        <translation>사업자 정보 (견적서에 인쇄됨)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile.py" line="345"/>
        <source>Business name (상호)</source>
        <translation>상호</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile.py" line="346"/>
        <source>Representative (대표자)</source>
        <translation>대표자</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile.py" line="347"/>
        <source>Registration no. (사업자등록번호)</source>
        <translation>사업자등록번호</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile.py" line="348"/>
        <source>Address</source>
        <translation>사업장 주소</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile.py" line="349"/>
        <source>Business type (업태)</source>
        <translation>업태</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile.py" line="350"/>
        <source>Business item (종목)</source>
        <translation>종목</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile.py" line="351"/>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile.py" line="352"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile.py" line="356"/>
        <source>Seal (도장)</source>
        <translation>도장</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile.py" line="357"/>
        <source>Choose image…</source>
        <translation>이미지 선택…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile.py" line="358"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile.py" line="360"/>
        <source>Printed over your name on the quote. A PNG with a transparent background looks best.</source>
        <translation>견적서의 대표자 이름 위에 찍힙니다. 배경이 투명한 PNG가 가장 보기 좋습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile.py" line="366"/>
        <source>Save profile</source>
        <translation>사업자 정보 저장</translation>
    </message>
    <message>
        <location filename="../../ui/settings/workspace_sections.py" line="80"/>
        <source>New quotes</source>
        <translation>새 견적서 기본값</translation>
    </message>
    <message>
        <location filename="../../ui/settings/workspace_sections.py" line="84"/>
        <source>VAT</source>
        <translation>부가세</translation>
    </message>
    <message>
        <location filename="../../ui/settings/workspace_sections.py" line="85"/>
        <source>Rounding</source>
        <translation>단수 처리</translation>
    </message>
    <message>
        <location filename="../../ui/settings/workspace_sections.py" line="86"/>
        <source>Valid for (days)</source>
        <translation>유효기간 (일)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/workspace_sections.py" line="188"/>
        <source>The square (sync)</source>
        <translation>광장 (동기화)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/workspace_sections.py" line="189"/>
        <source>Server address</source>
        <translation>서버 주소</translation>
    </message>
    <message>
        <location filename="../../ui/settings/workspace_sections.py" line="190"/>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <location filename="../../ui/settings/workspace_sections.py" line="191"/>
        <source>Save and sync</source>
        <translation>저장하고 동기화</translation>
    </message>
    <message>
        <location filename="../../ui/settings/workspace_sections.py" line="133"/>
        <source>Design checks</source>
        <translation>디자인 검사</translation>
    </message>
    <message>
        <location filename="../../ui/settings/workspace_sections.py" line="134"/>
        <source>STEP/IGES meshing tolerance</source>
        <translation>STEP/IGES 메시 허용 오차</translation>
    </message>
    <message>
        <location filename="../../ui/settings/workspace_sections.py" line="136"/>
        <source>How far the triangles of an imported STEP, IGES or BREP part may lie from its true surface. Smaller is more exact and slower; applies to new imports.</source>
        <translation>가져온 STEP, IGES, BREP 부품의 삼각형이 실제 표면에서 벗어날 수 있는 거리입니다. 작을수록 정확하지만 느려지며, 새로 가져오는 파일부터 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogue.py" line="259"/>
        <source>Machines</source>
        <translation>장비</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalogue_model.py" line="36"/>
        <source>FDM printing</source>
        <translation>FDM 프린팅</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalogue_model.py" line="37"/>
        <source>Resin printing</source>
        <translation>레진 프린팅</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalogue_model.py" line="38"/>
        <source>CNC milling</source>
        <translation>CNC 밀링</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalogue_model.py" line="39"/>
        <source>Jewelry casting</source>
        <translation>주얼리 주조</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalogue_model.py" line="40"/>
        <source>Generic</source>
        <translation>일반</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalogue_model.py" line="217"/>
        <source>Build volume: width (X), in mm</source>
        <translation>출력 공간: 폭 (X), mm 단위</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalogue_model.py" line="218"/>
        <source>Build volume: depth (Y), in mm</source>
        <translation>출력 공간: 깊이 (Y), mm 단위</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalogue_model.py" line="219"/>
        <source>Build volume: height (Z), in mm</source>
        <translation>출력 공간: 높이 (Z), mm 단위</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalogue_model.py" line="224"/>
        <location filename="../../ui/models/catalogue_model.py" line="248"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalogue_model.py" line="225"/>
        <location filename="../../ui/models/catalogue_model.py" line="249"/>
        <source>Process</source>
        <translation>공정</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalogue_model.py" line="226"/>
        <source>X (mm)</source>
        <translation>X (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalogue_model.py" line="227"/>
        <source>Y (mm)</source>
        <translation>Y (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalogue_model.py" line="228"/>
        <source>Z (mm)</source>
        <translation>Z (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalogue_model.py" line="229"/>
        <source>Rate (won/h)</source>
        <translation>시간당 단가 (원)</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalogue_model.py" line="230"/>
        <source>Setup (won)</source>
        <translation>셋업비 (원)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogue.py" line="261"/>
        <source>Materials</source>
        <translation>재료</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalogue_model.py" line="250"/>
        <source>Density (g/cm³)</source>
        <translation>밀도 (g/cm³)</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalogue_model.py" line="251"/>
        <source>Price (won/kg)</source>
        <translation>kg당 단가 (원)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogue_delegate.py" line="48"/>
        <source> won</source>
        <translation>원</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogue_delegate.py" line="63"/>
        <source>Water is 1.00, PLA 1.24, aluminium 2.70, silver 10.36.</source>
        <translation>물 1.00, PLA 1.24, 알루미늄 2.70, 은 10.36</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../ui/jobs/share_dialog.py" line="138"/>
        <source>Share job</source>
        <translation>작업 공유</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/share_dialog.py" line="139"/>
        <source>Search by name, affiliation or field</source>
        <translation>이름, 소속, 분야로 검색</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/share_dialog.py" line="140"/>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/share_dialog.py" line="141"/>
        <source>Role on this job</source>
        <translation>이 작업에서의 역할</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/share_dialog.py" line="142"/>
        <source>Share</source>
        <translation>공유</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/share_dialog.py" line="144"/>
        <source>Shared people get this job at their next sync.</source>
        <translation>공유받은 사람은 다음 동기화 때 이 작업을 받습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/share_dialog.py" line="147"/>
        <source>The square&apos;s directory is not on this PC yet: a sync fetches it. Meanwhile, type the person&apos;s user name on the square.</source>
        <translation>이 PC에는 아직 광장 명단이 없습니다: 동기화하면 받아 옵니다. 그동안에는 상대의 광장 사용자 이름을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shell/shortcuts_dialog.py" line="49"/>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts_dialog.py" line="50"/>
        <source>Menu</source>
        <translation>메뉴</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts_dialog.py" line="50"/>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts_dialog.py" line="50"/>
        <source>Keys</source>
        <translation>키</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../ui/square/sync_status.py" line="149"/>
        <source>Syncing with the square</source>
        <translation>광장과 동기화 중</translation>
    </message>
    <message>
        <location filename="../../ui/square/sync_status.py" line="198"/>
        <source>Sign in to the square</source>
        <translation>광장에 로그인</translation>
    </message>
    <message>
        <location filename="../../ui/square/sync_status.py" line="200"/>
        <source>The user name or password was not accepted.</source>
        <translation>사용자 이름 또는 비밀번호가 맞지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/square/sync_status.py" line="204"/>
        <source>Password for %1:</source>
        <translation>%1의 비밀번호:</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/square/sync_status.py" line="252"/>
        <source>● Offline — working locally</source>
        <translation>● 오프라인 — 이 컴퓨터에서 작업 중</translation>
    </message>
    <message>
        <location filename="../../ui/square/sync_status.py" line="253"/>
        <source>Not connected to the square. Everything is saved in this workspace.</source>
        <translation>광장에 연결되어 있지 않습니다. 모든 내용은 이 워크스페이스에 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/square/sync_status.py" line="257"/>
        <source>1 change waiting</source>
        <translation>보낼 변경 1건</translation>
    </message>
    <message>
        <location filename="../../ui/square/sync_status.py" line="259"/>
        <source>%1 changes waiting</source>
        <translation>보낼 변경 %1건</translation>
    </message>
    <message>
        <location filename="../../ui/square/sync_status.py" line="261"/>
        <source>⟳ Syncing…</source>
        <translation>⟳ 동기화 중…</translation>
    </message>
    <message>
        <location filename="../../ui/square/sync_status.py" line="263"/>
        <source>● Offline</source>
        <translation>● 오프라인</translation>
    </message>
    <message>
        <location filename="../../ui/square/sync_status.py" line="265"/>
        <source>● Sign-in needed</source>
        <translation>● 로그인 필요</translation>
    </message>
    <message>
        <location filename="../../ui/square/sync_status.py" line="268"/>
        <source>⚠ Sync failed at %1</source>
        <translation>⚠ %1 동기화 실패</translation>
    </message>
    <message>
        <location filename="../../ui/square/sync_status.py" line="272"/>
        <source>✔ In sync</source>
        <translation>✔ 동기화됨</translation>
    </message>
    <message>
        <location filename="../../ui/square/sync_status.py" line="288"/>
        <source>1 new message</source>
        <translation>새 메시지 1</translation>
    </message>
    <message>
        <location filename="../../ui/square/sync_status.py" line="290"/>
        <source>%1 new messages</source>
        <translation>새 메시지 %1</translation>
    </message>
    <message>
        <location filename="../../ui/square/sync_status.py" line="294"/>
        <source>1 review update</source>
        <translation>검토 소식 1</translation>
    </message>
    <message>
        <location filename="../../ui/square/sync_status.py" line="296"/>
        <source>%1 review updates</source>
        <translation>검토 소식 %1</translation>
    </message>
    <message>
        <location filename="../../ui/square/sync_status.py" line="309"/>
        <source>⚠ %1 in the conflicts inbox</source>
        <translation>⚠ 충돌 보관함 %1건</translation>
    </message>
    <message>
        <location filename="../../ui/square/sync_status.py" line="313"/>
        <source>Changes the square did not take as they were: nothing is lost. Open the inbox.</source>
        <translation>광장이 그대로 받지 않은 변경입니다. 잃은 것은 없습니다. 보관함을 여세요.</translation>
    </message>
    <message>
        <location filename="../../ui/square/sync_status.py" line="275"/>
        <source>Square: %1 as %2</source>
        <translation>광장: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/square/sync_status.py" line="277"/>
        <source>Last in sync: %1</source>
        <translation>마지막 동기화: %1</translation>
    </message>
    <message>
        <location filename="../../ui/square/sync_status.py" line="304"/>
        <source>Sync now</source>
        <translation>지금 동기화</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../ui/words/templates.py" line="16"/>
        <source>Ring (Korean size)</source>
        <translation>반지 (호수)</translation>
    </message>
    <message>
        <location filename="../../ui/words/templates.py" line="17"/>
        <source>L-bracket</source>
        <translation>L자 브래킷</translation>
    </message>
    <message>
        <location filename="../../ui/words/templates.py" line="18"/>
        <source>Enclosure with lid</source>
        <translation>뚜껑 있는 케이스</translation>
    </message>
    <message>
        <location filename="../../ui/words/templates.py" line="19"/>
        <source>Knob</source>
        <translation>노브 (손잡이)</translation>
    </message>
    <message>
        <location filename="../../ui/words/templates.py" line="25"/>
        <source>A band ring made to a Korean ring size (호), flat or rounded inside.</source>
        <translation>호수에 맞춘 밴드 반지입니다. 안쪽은 평평하게 또는 둥글게 할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/templates.py" line="29"/>
        <source>An L of two legs with a fillet in the inner corner and a hole through each leg.</source>
        <translation>두 다리로 된 L자 브래킷입니다. 안쪽 모서리에 모깎기가, 다리마다 구멍이 하나씩 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/templates.py" line="33"/>
        <source>An open box and a lid that fits into it, laid side by side to print.</source>
        <translation>위가 열린 상자와 그 안에 끼워지는 뚜껑을 나란히 놓아 한 번에 출력합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/templates.py" line="37"/>
        <source>A round knob with a bore for a D-cut or round shaft, knurled or smooth.</source>
        <translation>D컷 축이나 원형 축에 끼우는 둥근 노브입니다. 널링을 넣거나 매끈하게 할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/templates.py" line="47"/>
        <source>Ring size</source>
        <translation>호수</translation>
    </message>
    <message>
        <location filename="../../ui/words/templates.py" line="48"/>
        <source>Band width</source>
        <translation>밴드 폭</translation>
    </message>
    <message>
        <location filename="../../ui/words/templates.py" line="49"/>
        <source>Thickness</source>
        <translation>두께</translation>
    </message>
    <message>
        <location filename="../../ui/words/templates.py" line="50"/>
        <source>Comfort fit (rounded inside)</source>
        <translation>컴포트 핏 (안쪽 둥글게)</translation>
    </message>
    <message>
        <location filename="../../ui/words/templates.py" line="52"/>
        <source>Leg A (along the base)</source>
        <translation>다리 A (바닥 방향)</translation>
    </message>
    <message>
        <location filename="../../ui/words/templates.py" line="53"/>
        <source>Leg B (upright)</source>
        <translation>다리 B (세로 방향)</translation>
    </message>
    <message>
        <location filename="../../ui/words/templates.py" line="54"/>
        <source>Width</source>
        <translation>폭</translation>
    </message>
    <message>
        <location filename="../../ui/words/templates.py" line="55"/>
        <source>Inner fillet radius</source>
        <translation>안쪽 모깎기 반경</translation>
    </message>
    <message>
        <location filename="../../ui/words/templates.py" line="56"/>
        <source>Hole diameter (0: no holes)</source>
        <translation>구멍 지름 (0: 구멍 없음)</translation>
    </message>
    <message>
        <location filename="../../ui/words/templates.py" line="58"/>
        <source>Outer length (X)</source>
        <translation>외부 길이 (X)</translation>
    </message>
    <message>
        <location filename="../../ui/words/templates.py" line="59"/>
        <source>Outer width (Y)</source>
        <translation>외부 폭 (Y)</translation>
    </message>
    <message>
        <location filename="../../ui/words/templates.py" line="60"/>
        <source>Outer height (Z)</source>
        <translation>외부 높이 (Z)</translation>
    </message>
    <message>
        <location filename="../../ui/words/templates.py" line="61"/>
        <source>Wall thickness</source>
        <translation>벽 두께</translation>
    </message>
    <message>
        <location filename="../../ui/words/templates.py" line="62"/>
        <source>Corner radius</source>
        <translation>모서리 반경</translation>
    </message>
    <message>
        <location filename="../../ui/words/templates.py" line="63"/>
        <source>Lid clearance</source>
        <translation>뚜껑 유격</translation>
    </message>
    <message>
        <location filename="../../ui/words/templates.py" line="65"/>
        <source>Diameter</source>
        <translation>지름</translation>
    </message>
    <message>
        <location filename="../../ui/words/templates.py" line="66"/>
        <source>Height</source>
        <translation>높이</translation>
    </message>
    <message>
        <location filename="../../ui/words/templates.py" line="67"/>
        <source>Shaft bore diameter</source>
        <translation>축 구멍 지름</translation>
    </message>
    <message>
        <location filename="../../ui/words/templates.py" line="68"/>
        <source>Shaft</source>
        <translation>축 모양</translation>
    </message>
    <message>
        <location filename="../../ui/words/templates.py" line="69"/>
        <source>Knurls (0: smooth)</source>
        <translation>널링 수 (0: 매끈하게)</translation>
    </message>
    <message>
        <location filename="../../ui/words/templates.py" line="75"/>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../ui/words/templates.py" line="76"/>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../ui/words/templates.py" line="77"/>
        <source>D-cut (with a flat)</source>
        <translation>D컷 (평면 있음)</translation>
    </message>
    <message>
        <location filename="../../ui/words/templates.py" line="78"/>
        <source>Round</source>
        <translation>원형</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../ui/style/theme.py" line="336"/>
        <source>&amp;Projector mode (large, high contrast)</source>
        <translation>프로젝터 모드 (큰 글씨, 고대비)(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/style/theme.py" line="368"/>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/style/theme.py" line="369"/>
        <source>Follow the &amp;system</source>
        <translation>시스템 설정 따름(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/style/theme.py" line="370"/>
        <source>&amp;Light</source>
        <translation>밝은 테마(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/style/theme.py" line="371"/>
        <source>&amp;Dark</source>
        <translation>어두운 테마(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../ui/words/errors.py" line="467"/>
        <source>The job has designs, quotes or status changes now, so it is not removed. Cancel the job instead if it is not needed.</source>
        <translation>이 작업에는 이제 디자인, 견적서 또는 상태 변경 이력이 있어 삭제하지 않습니다. 필요 없는 작업이면 대신 작업을 취소하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="472"/>
        <source>The job&apos;s status has changed since (perhaps on another computer); move it from the job&apos;s page instead.</source>
        <translation>그 사이 작업 상태가 바뀌었습니다 (다른 컴퓨터에서 바뀌었을 수 있습니다). 작업 화면에서 상태를 직접 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="477"/>
        <source>This quote revision has been sent since, so it stays as it was. Make a new revision to change it.</source>
        <translation>그 사이 이 견적서 차수가 발송되어 그대로 둡니다. 바꾸려면 새 차수를 만드세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="482"/>
        <source>It cannot be undone any more.</source>
        <translation>더 이상 실행 취소할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/undo.py" line="240"/>
        <source>Undoing %1</source>
        <translation>%1 실행 취소 중</translation>
    </message>
    <message>
        <location filename="../../ui/operations/undo.py" line="240"/>
        <source>Redoing %1</source>
        <translation>%1 다시 실행 중</translation>
    </message>
    <message>
        <location filename="../../ui/operations/jobs.py" line="39"/>
        <source>Change the title of %1</source>
        <translation>%1 작업명 변경</translation>
    </message>
    <message>
        <location filename="../../ui/operations/jobs.py" line="40"/>
        <source>Change the customer of %1</source>
        <translation>%1 거래처 변경</translation>
    </message>
    <message>
        <location filename="../../ui/operations/jobs.py" line="41"/>
        <source>Change the due date of %1</source>
        <translation>%1 납기 변경</translation>
    </message>
    <message>
        <location filename="../../ui/operations/jobs.py" line="42"/>
        <source>Change the priority of %1</source>
        <translation>%1 우선순위 변경</translation>
    </message>
    <message>
        <location filename="../../ui/operations/jobs.py" line="43"/>
        <source>Change the assignee of %1</source>
        <translation>%1 담당자 변경</translation>
    </message>
    <message>
        <location filename="../../ui/operations/jobs.py" line="44"/>
        <source>Edit the notes of %1</source>
        <translation>%1 메모 수정</translation>
    </message>
    <message>
        <location filename="../../ui/operations/jobs.py" line="46"/>
        <source>Edit %1</source>
        <translation>%1 수정</translation>
    </message>
    <message>
        <location filename="../../ui/operations/jobs.py" line="77"/>
        <source>Saving job</source>
        <translation>작업 저장 중</translation>
    </message>
    <message>
        <location filename="../../ui/operations/jobs.py" line="124"/>
        <location filename="../../ui/operations/jobs.py" line="139"/>
        <source>Changing status</source>
        <translation>상태 변경 중</translation>
    </message>
    <message>
        <location filename="../../ui/operations/jobs.py" line="128"/>
        <source>Move %1 to “%2”</source>
        <translation>%1 ‘%2’ 상태로 이동</translation>
    </message>
    <message>
        <location filename="../../ui/operations/jobs.py" line="165"/>
        <source>Create job %1 “%2”</source>
        <translation>작업 %1 ‘%2’ 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogue.py" line="157"/>
        <source>Add machine</source>
        <translation>장비 추가</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogue.py" line="160"/>
        <source>Add material</source>
        <translation>재료 추가</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogue.py" line="173"/>
        <source>Duplicate “%1”</source>
        <translation>‘%1’ 복제</translation>
    </message>
    <message>
        <location filename="../../ui/operations/quotes.py" line="33"/>
        <source>Change item of line %1</source>
        <translation>%1번 품목의 품명 변경</translation>
    </message>
    <message>
        <location filename="../../ui/operations/quotes.py" line="34"/>
        <source>Change spec. of line %1</source>
        <translation>%1번 품목의 규격 변경</translation>
    </message>
    <message>
        <location filename="../../ui/operations/quotes.py" line="35"/>
        <source>Change quantity of line %1</source>
        <translation>%1번 품목의 수량 변경</translation>
    </message>
    <message>
        <location filename="../../ui/operations/quotes.py" line="36"/>
        <source>Change unit price of line %1</source>
        <translation>%1번 품목의 단가 변경</translation>
    </message>
    <message>
        <location filename="../../ui/operations/quotes.py" line="37"/>
        <source>Change note of line %1</source>
        <translation>%1번 품목의 비고 변경</translation>
    </message>
    <message>
        <location filename="../../ui/operations/quotes.py" line="43"/>
        <source>Change the VAT of quote %1</source>
        <translation>견적서 %1 부가세 방식 변경</translation>
    </message>
    <message>
        <location filename="../../ui/operations/quotes.py" line="44"/>
        <source>Change the rounding of quote %1</source>
        <translation>견적서 %1 단수 처리 변경</translation>
    </message>
    <message>
        <location filename="../../ui/operations/quotes.py" line="45"/>
        <source>Change the validity of quote %1</source>
        <translation>견적서 %1 유효기한 변경</translation>
    </message>
    <message>
        <location filename="../../ui/operations/quotes.py" line="46"/>
        <source>Edit the notes of quote %1</source>
        <translation>견적서 %1 비고 수정</translation>
    </message>
    <message>
        <location filename="../../ui/operations/quotes.py" line="48"/>
        <source>Change the terms of %1</source>
        <translation>%1 견적 조건 변경</translation>
    </message>
    <message>
        <location filename="../../ui/operations/quotes.py" line="102"/>
        <location filename="../../ui/operations/quotes.py" line="147"/>
        <location filename="../../ui/operations/quotes.py" line="183"/>
        <location filename="../../ui/operations/quotes.py" line="242"/>
        <source>Saving quote</source>
        <translation>견적서 저장 중</translation>
    </message>
    <message>
        <location filename="../../ui/operations/quotes.py" line="136"/>
        <source>Add line “%1” from a design</source>
        <translation>디자인으로 품목 ‘%1’ 추가</translation>
    </message>
    <message>
        <location filename="../../ui/operations/quotes.py" line="138"/>
        <source>Add line “%1”</source>
        <translation>품목 ‘%1’ 추가</translation>
    </message>
    <message>
        <location filename="../../ui/operations/quotes.py" line="175"/>
        <source>Remove line %1 “%2”</source>
        <translation>%1번 품목 ‘%2’ 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/operations/undo.py" line="276"/>
        <source>Undo %1</source>
        <translation>실행 취소: %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/undo.py" line="278"/>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <location filename="../../ui/operations/undo.py" line="281"/>
        <source>Redo %1</source>
        <translation>다시 실행: %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/undo.py" line="283"/>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <location filename="../../ui/operations/settings.py" line="59"/>
        <source>Edit machine “%1”</source>
        <translation>장비 ‘%1’ 수정</translation>
    </message>
    <message>
        <location filename="../../ui/operations/settings.py" line="61"/>
        <source>Edit material “%1”</source>
        <translation>재료 ‘%1’ 수정</translation>
    </message>
    <message>
        <location filename="../../ui/operations/settings.py" line="70"/>
        <location filename="../../ui/operations/settings.py" line="99"/>
        <location filename="../../ui/operations/settings.py" line="124"/>
        <source>Saving catalogue</source>
        <translation>카탈로그 저장 중</translation>
    </message>
    <message>
        <location filename="../../ui/operations/settings.py" line="114"/>
        <source>Delete machine “%1”</source>
        <translation>장비 ‘%1’ 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/operations/settings.py" line="116"/>
        <source>Delete material “%1”</source>
        <translation>재료 ‘%1’ 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/operations/settings.py" line="144"/>
        <source>Save the business profile</source>
        <translation>사업자 정보 저장</translation>
    </message>
    <message>
        <location filename="../../ui/operations/settings.py" line="150"/>
        <source>Saving profile</source>
        <translation>사업자 정보 저장 중</translation>
    </message>
</context>
<context>
    <name>VerdictDialog</name>
    <message>
        <location filename="../../ui/review/verdict_dialog.py" line="87"/>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdict_dialog.py" line="87"/>
        <source>Request changes</source>
        <translation>수정 요청</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdict_dialog.py" line="97"/>
        <source>Approve %1 of %2 “%3”.</source>
        <translation>%2 “%3”의 %1을(를) 승인합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdict_dialog.py" line="99"/>
        <source>Request changes to %1 of %2 “%3”.</source>
        <translation>%2 “%3”의 %1에 수정을 요청합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdict_dialog.py" line="113"/>
        <source>Why you approve (optional)</source>
        <translation>승인하는 이유 (선택)</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdict_dialog.py" line="115"/>
        <source>What should change (the pins say where)</source>
        <translation>무엇을 바꿔야 하는지 (어디인지는 핀이 말해 줍니다)</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdict_dialog.py" line="120"/>
        <source>A signed verdict cannot be edited afterwards. If you change your mind, give a new verdict: it is added after this one, and both stay.</source>
        <translation>서명한 판정은 나중에 고칠 수 없습니다. 생각이 바뀌면 새 판정을 내리세요. 이 판정 뒤에 이어지고 둘 다 남습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdict_dialog.py" line="134"/>
        <source>Sign and approve</source>
        <translation>서명하고 승인</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdict_dialog.py" line="134"/>
        <source>Sign and request changes</source>
        <translation>서명하고 수정 요청</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdict_dialog.py" line="142"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdict_dialog.py" line="153"/>
        <source>What will be signed</source>
        <translation>서명할 내용</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdict_dialog.py" line="162"/>
        <source>Revision</source>
        <translation>차수</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdict_dialog.py" line="163"/>
        <source>File SHA-256</source>
        <translation>파일 SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdict_dialog.py" line="164"/>
        <source>Pins</source>
        <translation>핀</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdict_dialog.py" line="165"/>
        <source>Signer</source>
        <translation>서명자</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdict_dialog.py" line="166"/>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdict_dialog.py" line="172"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdict_dialog.py" line="173"/>
        <source>%1, each with its text and place as they are now</source>
        <translation>%1개 (지금의 내용과 위치 그대로)</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdict_dialog.py" line="179"/>
        <source>(not signed in)</source>
        <translation>(로그인하지 않음)</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdict_dialog.py" line="184"/>
        <source>A new signing key is made now and kept in this computer&apos;s keyring.</source>
        <translation>새 서명 키를 지금 만들어 이 컴퓨터의 키링에 보관합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdict_dialog.py" line="201"/>
        <source>You are signed in as %1; only %2, who was asked, can give this verdict.</source>
        <translation>%1(으)로 로그인되어 있습니다. 이 판정은 검토를 요청받은 %2만 내릴 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdict_dialog.py" line="209"/>
        <source>Sign in to the square first (Settings ▸ Square): a verdict is signed as your square account, so that others can check it was you.</source>
        <translation>먼저 광장에 로그인하세요(설정 ▸ 광장). 판정은 광장 계정으로 서명되어, 다른 사람이 내가 내린 판정임을 확인할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdict_dialog.py" line="215"/>
        <source>This computer has no keyring (the system&apos;s password store) to keep your signing key, and the key is never kept in a plain file, so no verdict can be signed here. Sign on a computer with a keyring.</source>
        <translation>이 컴퓨터에는 서명 키를 보관할 키링(시스템 암호 저장소)이 없고, 키는 일반 파일에 두지 않으므로 여기서는 판정에 서명할 수 없습니다. 키링이 있는 컴퓨터에서 서명하세요.</translation>
    </message>
</context>
<context>
    <name>VerdictHistory</name>
    <message>
        <location filename="../../ui/review/verdict_history.py" line="61"/>
        <source>No verdict yet.</source>
        <translation>아직 판정이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdict_history.py" line="73"/>
        <source>received by the square %1</source>
        <translation>광장 접수 %1</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdict_history.py" line="75"/>
        <source>waiting for the square</source>
        <translation>광장 접수 대기 중</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdict_history.py" line="80"/>
        <source>Signed %1</source>
        <translation>서명 %1</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdict_history.py" line="83"/>
        <source>Key %1</source>
        <translation>키 %1</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdict_history.py" line="94"/>
        <source>✓ Verified on this computer: the signatures, the square&apos;s receipts, the chain of verdicts and the design file all hold.</source>
        <translation>✓ 이 컴퓨터에서 확인했습니다: 서명, 광장의 접수증, 판정의 연결, 디자인 파일이 모두 맞습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdict_history.py" line="100"/>
        <source>Signed. The square&apos;s receipt comes with the next sync; then the verdict can be verified in full.</source>
        <translation>서명했습니다. 다음 동기화 때 광장의 접수증을 받으면 판정을 모두 확인할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdict_history.py" line="104"/>
        <source>✗ Verification found problems:</source>
        <translation>✗ 확인에서 문제가 나왔습니다:</translation>
    </message>
</context>
<context>
    <name>ViewerSidePanel</name>
    <message>
        <location filename="../../ui/designs/viewer/side_panel.py" line="163"/>
        <source>No problems found.</source>
        <translation>문제가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/side_panel.py" line="163"/>
        <source>Not checked yet.</source>
        <translation>아직 검사하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/side_panel.py" line="168"/>
        <source>All findings</source>
        <translation>모든 발견 사항</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/side_panel.py" line="193"/>
        <source>No machines in the catalogue</source>
        <translation>카탈로그에 장비가 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/side_panel.py" line="196"/>
        <source>Findings</source>
        <translation>발견 사항</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/side_panel.py" line="197"/>
        <source>Pin a comment</source>
        <translation>코멘트 핀 꽂기</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/side_panel.py" line="201"/>
        <source>No problem</source>
        <translation>문제 없음</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/side_panel.py" line="202"/>
        <source>Measure</source>
        <translation>측정</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/side_panel.py" line="205"/>
        <source>Distance</source>
        <translation>거리</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/side_panel.py" line="206"/>
        <source>Hole diameter</source>
        <translation>구멍 지름</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/side_panel.py" line="208"/>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/side_panel.py" line="209"/>
        <source>Section</source>
        <translation>단면</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/side_panel.py" line="210"/>
        <source>Cut across</source>
        <translation>자르는 축</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/side_panel.py" line="211"/>
        <source>At</source>
        <translation>위치</translation>
    </message>
    <message>
        <location filename="../../ui/designs/viewer/side_panel.py" line="212"/>
        <source>Build volume</source>
        <translation>출력 공간</translation>
    </message>
</context>
<context>
    <name>WorkspaceSwitch</name>
    <message>
        <location filename="../../ui/words/errors.py" line="423"/>
        <source>“%1” is not a Maker Square workspace (there is no workspace.sqlite in it). Choose the workspace folder itself, or use File ▸ New workspace… to make one.</source>
        <translation>‘%1’ 폴더는 Maker Square 워크스페이스가 아닙니다 (workspace.sqlite 파일이 없습니다). 워크스페이스 폴더 자체를 고르거나, 파일 ▸ 새 워크스페이스…로 새로 만드세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="429"/>
        <source>The workspace file in “%1” is damaged or is not a Maker Square workspace; it was not changed. Restore a copy from its “backups” folder, or choose another folder.</source>
        <translation>‘%1’ 폴더의 워크스페이스 파일이 손상되었거나 Maker Square 워크스페이스가 아닙니다. 파일은 변경되지 않았습니다. 그 안의 ‘backups’ 폴더에서 사본을 복원하거나, 다른 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="437"/>
        <source>The workspace file in “%1” is empty (0 bytes); it was not changed. Its newest backup is from %2: choose Restore from backup… to put it back.</source>
        <translation>‘%1’ 폴더의 워크스페이스 파일이 비어 있습니다(0바이트). 파일은 변경되지 않았습니다. 가장 최근 백업은 %2에 만들었습니다. ‘백업에서 복원…’을 눌러 되돌리세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="443"/>
        <source>The workspace file in “%1” is damaged; it was not changed. Its newest backup is from %2: choose Restore from backup… to put it back (the damaged file is kept).</source>
        <translation>‘%1’ 폴더의 워크스페이스 파일이 손상되었습니다. 파일은 변경되지 않았습니다. 가장 최근 백업은 %2에 만들었습니다. ‘백업에서 복원…’을 눌러 되돌리세요 (손상된 파일은 남겨 둡니다).</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="454"/>
        <source>Maker Square may not read or write “%1”. Choose a folder you can write to, or ask the computer&apos;s administrator for access.</source>
        <translation>Maker Square에 ‘%1’ 폴더를 읽거나 쓸 권한이 없습니다. 쓰기 권한이 있는 폴더를 고르거나, 컴퓨터 관리자에게 권한을 요청하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/workspace_switch.py" line="97"/>
        <source>Opening workspace %1</source>
        <translation>워크스페이스 %1 여는 중</translation>
    </message>
    <message>
        <location filename="../../ui/shell/workspace_switch.py" line="133"/>
        <source>The workspace you had open stays open.</source>
        <translation>열려 있던 워크스페이스는 그대로 열려 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/workspace_switch.py" line="194"/>
        <source>Restoring %1 from a backup</source>
        <translation>백업에서 %1 복원 중</translation>
    </message>
    <message>
        <location filename="../../ui/shell/workspace_switch.py" line="205"/>
        <source>“%1” already has files in it. Choose an empty folder (or make one in the dialog) for the new workspace.</source>
        <translation>‘%1’ 폴더에 이미 파일이 있습니다. 새 워크스페이스로 쓸 빈 폴더를 고르세요 (대화 상자에서 새 폴더를 만들 수도 있습니다).</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../ui/cli/workspace.py" line="60"/>
        <source>Workspace: %1</source>
        <translation>워크스페이스: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/workspace.py" line="61"/>
        <source>Schema revision: %1</source>
        <translation>스키마 버전: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/workspace.py" line="62"/>
        <source>Journal: %1</source>
        <translation>저널 모드: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/workspace.py" line="64"/>
        <source>Read-only: this folder cannot be written; it can be read only.</source>
        <translation>읽기 전용: 이 폴더에는 쓸 수 없어 읽기만 할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/restore.py" line="63"/>
        <location filename="../../ui/cli/workspace.py" line="74"/>
        <source>Integrity: %1</source>
        <translation>무결성 검사: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/workspace.py" line="76"/>
        <source>Foreign key problems: %1</source>
        <translation>외래 키 문제: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/workspace.py" line="81"/>
        <source>Missing design files: %1</source>
        <translation>누락된 디자인 파일: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/workspace.py" line="84"/>
        <source>Damaged design files: %1</source>
        <translation>손상된 디자인 파일: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/workspace.py" line="88"/>
        <source>the workspace has problems (see above)</source>
        <translation>워크스페이스에 문제가 있습니다 (위 내용 참조)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/workspace.py" line="50"/>
        <source>Backed up to %1</source>
        <translation>백업 완료: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/demo.py" line="33"/>
        <source>Demo workspace ready: %1</source>
        <translation>데모 워크스페이스 준비 완료: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/quote.py" line="86"/>
        <location filename="../../ui/cli/review.py" line="341"/>
        <location filename="../../ui/cli/review.py" line="349"/>
        <source>Saved %1</source>
        <translation>저장 완료: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/check.py" line="59"/>
        <source>unknown preset</source>
        <translation>알 수 없는 사전 설정</translation>
    </message>
    <message>
        <location filename="../../ui/cli/check.py" line="64"/>
        <source>no part files found</source>
        <translation>부품 파일을 찾지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/cli/check.py" line="104"/>
        <source>internal error</source>
        <translation>내부 오류</translation>
    </message>
    <message>
        <location filename="../../ui/cli/check.py" line="134"/>
        <source>unreadable</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <location filename="../../ui/cli/check.py" line="135"/>
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message>
        <location filename="../../ui/cli/check.py" line="135"/>
        <source>has errors</source>
        <translation>오류 있음</translation>
    </message>
    <message>
        <location filename="../../ui/cli/check.py" line="140"/>
        <source>Preset: %1</source>
        <translation>사전 설정: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/check.py" line="150"/>
        <source>%1 triangles, %2 mm, %3 cm³, %4 bodies</source>
        <translation>삼각형 %1개, %2 mm, %3 cm³, 몸체 %4개</translation>
    </message>
    <message>
        <location filename="../../ui/cli/check.py" line="164"/>
        <source>%1 of %2 files OK</source>
        <translation>파일 %2개 중 %1개 정상</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="349"/>
        <source>The square cannot be reached. Check the network and the address; nothing was lost.</source>
        <translation>광장에 연결할 수 없습니다. 네트워크와 주소를 확인하세요. 잃어버린 것은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="353"/>
        <source>This computer has no keyring to keep the sign-in, so the password is needed each time: give it with --password-stdin.</source>
        <translation>이 컴퓨터에는 로그인을 보관할 키링이 없어 매번 비밀번호가 필요합니다: --password-stdin으로 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="358"/>
        <source>No saved sign-in for this user: give the password with --password-stdin.</source>
        <translation>이 사용자의 저장된 로그인이 없습니다: --password-stdin으로 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="361"/>
        <source>The user name or password is wrong.</source>
        <translation>사용자 이름 또는 비밀번호가 틀렸습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="362"/>
        <source>The sign-in has expired: sign in again.</source>
        <translation>로그인이 만료되었습니다: 다시 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="363"/>
        <source>The square needs a newer Maker Square. Please update Maker Square.</source>
        <translation>광장은 더 새로운 Maker Square가 필요합니다. Maker Square를 업데이트하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="366"/>
        <source>This user may not do that on the square.</source>
        <translation>이 사용자는 광장에서 그 작업을 할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="367"/>
        <source>The square does not know it (it may have been removed).</source>
        <translation>광장에 없는 항목입니다 (삭제되었을 수 있습니다).</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="368"/>
        <source>The square refused a request as invalid.</source>
        <translation>광장이 요청을 잘못된 것으로 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="369"/>
        <source>The square needs a fresh copy of the jobs; sync again.</source>
        <translation>광장에서 작업을 새로 받아야 합니다. 다시 동기화하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="372"/>
        <source>A design file arrived damaged and was dropped; sync again to retry.</source>
        <translation>디자인 파일이 손상되어 버렸습니다. 다시 동기화하면 다시 받습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="375"/>
        <source>A file or a change is too large for the square.</source>
        <translation>파일이나 변경 내용이 광장에 보내기에 너무 큽니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="376"/>
        <source>Too many failed sign-ins: wait a minute, then try again.</source>
        <translation>로그인 실패가 너무 많습니다. 1분 뒤에 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="379"/>
        <source>Too many unfinished uploads wait on the square; sync again later to finish them.</source>
        <translation>광장에 끝나지 않은 업로드가 너무 많습니다. 나중에 다시 동기화하면 마저 올립니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="383"/>
        <source>This account is disabled on the square. Ask the square&apos;s administrator.</source>
        <translation>이 계정은 광장에서 사용 중지되었습니다. 광장 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="386"/>
        <source>The square had a problem; try again later. Nothing was lost.</source>
        <translation>광장에 문제가 있습니다. 나중에 다시 시도하세요. 잃어버린 것은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="389"/>
        <source>The sync was cancelled; nothing was lost.</source>
        <translation>동기화를 취소했습니다. 잃어버린 것은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="390"/>
        <source>The address does not answer like a square. Check the server address.</source>
        <translation>이 주소는 광장처럼 응답하지 않습니다. 서버 주소를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="394"/>
        <source>This workspace holds changes made as %1 that the square has not taken yet. Sync as %1 first: a workspace belongs to one square account. Nothing was lost.</source>
        <translation>이 워크스페이스에는 %1(으)로 만든, 아직 광장에 보내지 않은 변경이 있습니다. 먼저 %1(으)로 동기화하세요. 워크스페이스 하나는 광장 계정 하나에 속합니다. 잃은 것은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="399"/>
        <source>The sync failed.</source>
        <translation>동기화에 실패했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/words/errors.py" line="403"/>
        <source>The square answered with another signing key than the one this workspace knows: it may not be your square. Nothing was sent; ask the square&apos;s administrator.</source>
        <translation>광장이 이 워크스페이스가 아는 것과 다른 서명 키로 응답했습니다: 사용하시던 광장이 아닐 수 있습니다. 아무것도 보내지 않았습니다. 광장 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/sync.py" line="57"/>
        <source>%1 changes were not taken by the square as they were; they wait in the conflicts inbox: makersquare conflicts list</source>
        <translation>광장이 그대로 받지 않은 변경 %1건이 충돌 보관함에 있습니다: makersquare conflicts list</translation>
    </message>
    <message>
        <location filename="../../ui/cli/sync.py" line="70"/>
        <source>synced: pushed %1, pulled %2, files up %3, down %4</source>
        <translation>동기화됨: 보냄 %1, 받음 %2, 파일 올림 %3, 내려받음 %4</translation>
    </message>
    <message>
        <location filename="../../ui/cli/sync.py" line="77"/>
        <source>%1 refused by the square</source>
        <translation>광장이 거부함 %1건</translation>
    </message>
    <message>
        <location filename="../../ui/cli/sync.py" line="81"/>
        <source>%1 conflicts to resolve</source>
        <translation>해결할 충돌 %1건</translation>
    </message>
    <message>
        <location filename="../../ui/cli/conflicts.py" line="39"/>
        <source>The conflicts inbox is empty: the square took everything.</source>
        <translation>충돌 보관함이 비어 있습니다. 광장이 모두 받았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/conflicts.py" line="56"/>
        <source>this PC</source>
        <translation>이 PC</translation>
    </message>
    <message>
        <location filename="../../ui/cli/conflicts.py" line="58"/>
        <source>Changed here by %1 (%2 UTC)</source>
        <translation>%1이(가) 이 PC에서 변경 (%2 UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/conflicts.py" line="73"/>
        <source>Entry #%1 discarded.</source>
        <translation>#%1 항목을 버렸습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/conflicts.py" line="76"/>
        <source>Entry #%1 re-applied: it goes to the square with the next sync.</source>
        <translation>#%1 항목을 다시 적용했습니다. 다음 동기화 때 광장으로 갑니다.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/quote.py" line="166"/>
        <source>No quotes in this workspace.</source>
        <translation>이 워크스페이스에는 견적서가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/quote.py" line="182"/>
        <source>Job: %1</source>
        <translation>작업: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/quote.py" line="183"/>
        <source>Customer: %1</source>
        <translation>거래처: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/quote.py" line="185"/>
        <source>Issued %1, valid until %2</source>
        <translation>발행일 %1, 유효기한 %2</translation>
    </message>
    <message>
        <location filename="../../ui/cli/quote.py" line="202"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../../ui/cli/quote.py" line="207"/>
        <source>The totals are rounded once on the whole quote, so they can differ from the sum of the lines by a few won.</source>
        <translation>합계는 견적서 전체 금액에서 한 번만 단수 처리하므로 각 행을 더한 값과 몇 원 차이가 날 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/quote.py" line="223"/>
        <source>Sent</source>
        <translation>발송 완료</translation>
    </message>
    <message>
        <location filename="../../ui/cli/quote.py" line="223"/>
        <source>Draft</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <location filename="../../ui/cli/quote.py" line="227"/>
        <source>KRW %1</source>
        <translation>%1원</translation>
    </message>
    <message>
        <location filename="../../ui/cli/restore.py" line="35"/>
        <source>say which backup to restore: makersquare workspace restore BACKUP</source>
        <translation>복원할 백업을 지정하세요: makersquare workspace restore BACKUP</translation>
    </message>
    <message>
        <location filename="../../ui/cli/restore.py" line="37"/>
        <source>this workspace has no backups in %1</source>
        <translation>이 워크스페이스는 %1에 백업이 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/cli/restore.py" line="55"/>
        <source>Restored %1 from %2</source>
        <translation>%2에서 %1을(를) 복원했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/cli/restore.py" line="59"/>
        <source>The file it replaced is kept as %1</source>
        <translation>바뀌기 전 파일은 %1(으)로 남겨 두었습니다</translation>
    </message>
    <message>
        <location filename="../../ui/cli/restore.py" line="66"/>
        <source>the restored workspace has problems (see above)</source>
        <translation>복원한 워크스페이스에 문제가 있습니다 (위 내용 참고)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/square.py" line="71"/>
        <source>the square&apos;s server is not installed (missing %1): %2</source>
        <translation>광장 서버가 설치되어 있지 않습니다(없는 패키지: %1): %2</translation>
    </message>
    <message>
        <location filename="../../ui/cli/review.py" line="78"/>
        <source>give the point as X,Y,Z in millimetres, e.g. 20,5,2.5</source>
        <translation>점을 밀리미터 단위의 X,Y,Z로 주세요(예: 20,5,2.5)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/review.py" line="81"/>
        <source>the point must be finite numbers</source>
        <translation>점의 좌표는 유한한 숫자여야 합니다</translation>
    </message>
    <message>
        <location filename="../../ui/cli/review.py" line="90"/>
        <source>give the due date as YYYY-MM-DD</source>
        <translation>기한을 YYYY-MM-DD 형식으로 주세요</translation>
    </message>
    <message>
        <location filename="../../ui/cli/review.py" line="145"/>
        <source>no review here has an id starting with %1, or more than one has: see makersquare review list</source>
        <translation>ID가 %1(으)로 시작하는 검토가 여기에 없거나 여러 개입니다: makersquare review list로 확인하세요</translation>
    </message>
    <message>
        <location filename="../../ui/cli/review.py" line="160"/>
        <source>no job %1 in this workspace: see makersquare job list</source>
        <translation>이 워크스페이스에 작업 %1이(가) 없습니다: makersquare job list로 확인하세요</translation>
    </message>
    <message>
        <location filename="../../ui/cli/review.py" line="174"/>
        <source>the job has no design named %1</source>
        <translation>이 작업에는 %1(이)라는 디자인이 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/cli/review.py" line="176"/>
        <source>the job has no design yet: makersquare design import</source>
        <translation>이 작업에는 아직 디자인이 없습니다: makersquare design import로 가져오세요</translation>
    </message>
    <message>
        <location filename="../../ui/cli/review.py" line="181"/>
        <source>the job has several designs (%1): name one with --design NAME</source>
        <translation>이 작업에는 디자인이 여러 개 있습니다(%1): --design NAME으로 하나를 고르세요</translation>
    </message>
    <message>
        <location filename="../../ui/cli/review.py" line="188"/>
        <source>design %1 has revisions 1 to %2, not %3</source>
        <translation>디자인 %1의 차수는 1부터 %2까지이며 %3차는 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/cli/review.py" line="248"/>
        <source>the design file %1 is not in this workspace yet: sync to get it</source>
        <translation>디자인 파일 %1이(가) 아직 이 워크스페이스에 없습니다: 동기화해서 받으세요</translation>
    </message>
    <message>
        <location filename="../../ui/cli/review.py" line="255"/>
        <source>the point %1 is %2 mm from the part; a pin must be within %3 mm of its surface (2 % of the part&apos;s diagonal, at least 1 mm)</source>
        <translation>점 %1은(는) 부품에서 %2 mm 떨어져 있습니다: 핀은 부품 표면에서 %3 mm 안에 있어야 합니다(부품 대각선의 2 %, 최소 1 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/review.py" line="279"/>
        <source>this workspace has no square account yet, and a verdict is signed as one: sync once (makersquare sync --server URL --user NAME), then give it</source>
        <translation>이 워크스페이스에는 아직 광장 계정이 없습니다. 판정은 계정으로 서명되므로 한 번 동기화한 뒤(makersquare sync --server URL --user NAME) 판정하세요</translation>
    </message>
    <message>
        <location filename="../../ui/cli/review.py" line="290"/>
        <source>this computer has no keyring to keep your signing key, so a verdict cannot be signed here: give it on a computer with one</source>
        <translation>이 컴퓨터에는 서명 키를 보관할 키링이 없어 여기서는 판정에 서명할 수 없습니다: 키링이 있는 컴퓨터에서 판정하세요</translation>
    </message>
    <message>
        <location filename="../../ui/cli/review.py" line="310"/>
        <source>No verdict on this review yet: nothing to verify.</source>
        <translation>이 검토에는 아직 판정이 없어 확인할 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/review.py" line="312"/>
        <source>verified: %1 verdicts, their signatures, receipts, chain and file hash hold</source>
        <translation>확인됨: 판정 %1건의 서명, 접수증, 연결, 파일 해시가 모두 맞습니다</translation>
    </message>
    <message>
        <location filename="../../ui/cli/review.py" line="331"/>
        <source>verdict %1 (%2, %3)</source>
        <translation>판정 %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/review.py" line="398"/>
        <source>No reviews in this workspace.</source>
        <translation>이 워크스페이스에는 검토가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/review.py" line="400"/>
        <source>late</source>
        <translation>늦음</translation>
    </message>
    <message>
        <location filename="../../ui/cli/review.py" line="405"/>
        <source>%1 pins</source>
        <translation>핀 %1개</translation>
    </message>
</context>
</TS>
