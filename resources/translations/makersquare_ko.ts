<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
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
        <location filename="../../ui/crash_dialog.py" line="36"/>
        <source>Copy details</source>
        <translation>세부 정보 복사</translation>
    </message>
</context>
<context>
    <name>JobDetailWidget</name>
    <message>
        <location filename="../../ui/job_detail.py" line="291"/>
        <source>%1  created as %2</source>
        <translation>%1  %2 상태로 생성</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="328"/>
        <source>Triangles: %1</source>
        <translation>삼각형 수: %1</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="329"/>
        <source>Surface: %1 mm²</source>
        <translation>표면적: %1 mm²</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="330"/>
        <source>Watertight</source>
        <translation>닫힌 메시 (워터타이트)</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="330"/>
        <source>Not watertight (open edges)</source>
        <translation>열린 메시 (열린 모서리 있음)</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="331"/>
        <source>Bodies: %1</source>
        <translation>바디 수: %1</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="341"/>
        <source>Sent</source>
        <translation>발송 완료</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="341"/>
        <source>Draft</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <source>won</source>
        <translation type="vanished">원</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="346"/>
        <source>%1 won</source>
        <translation>%1원</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="390"/>
        <source>Saving job</source>
        <translation>작업 저장 중</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="401"/>
        <source>Changing status</source>
        <translation>상태 변경 중</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="420"/>
        <source>Import design</source>
        <translation>디자인 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="422"/>
        <source>3D files (%1)</source>
        <translation>3D 파일 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="439"/>
        <source>Saving design</source>
        <translation>디자인 저장 중</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="449"/>
        <source>Importing %1</source>
        <translation>%1 가져오는 중</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="482"/>
        <source>Creating quote</source>
        <translation>견적서 만드는 중</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="503"/>
        <source>Select a job on the left, or create one with + New job.</source>
        <translation>왼쪽 목록에서 작업을 선택하거나 [+ 새 작업]으로 새로 만드세요.</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="504"/>
        <source>Details</source>
        <translation>상세 정보</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="508"/>
        <source>Title</source>
        <translation>작업명</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="509"/>
        <source>Customer</source>
        <translation>거래처</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="510"/>
        <source>Due</source>
        <translation>납기</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="511"/>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="512"/>
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="513"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="518"/>
        <source>Set</source>
        <translation>지정</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="524"/>
        <source>Save changes</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="525"/>
        <source>More</source>
        <translation>더 보기</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="526"/>
        <source>Designs</source>
        <translation>디자인</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="527"/>
        <source>Import design…</source>
        <translation>디자인 가져오기…</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="529"/>
        <source>Drop STL, OBJ, PLY, OFF, 3MF or glTF files here to add them to this job.</source>
        <translation>STL, OBJ, PLY, OFF, 3MF, glTF 파일을 여기에 끌어다 놓으면 이 작업에 추가됩니다.</translation>
    </message>
    <message>
        <source>Drop STL, OBJ, PLY, 3MF files here to add them to this job.</source>
        <translation type="vanished">STL, OBJ, PLY, 3MF 파일을 여기에 끌어다 놓으면 이 작업에 추가됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="531"/>
        <source>Quotes</source>
        <translation>견적서</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="532"/>
        <source>+ New quote</source>
        <translation>+ 새 견적서</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="534"/>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="534"/>
        <source>Rev.</source>
        <translation>차수</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="534"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="534"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../../ui/job_detail.py" line="536"/>
        <source>History</source>
        <translation>변경 이력</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <location filename="../../ui/models/job_table_model.py" line="31"/>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../../ui/models/job_table_model.py" line="32"/>
        <source>Title</source>
        <translation>작업명</translation>
    </message>
    <message>
        <location filename="../../ui/models/job_table_model.py" line="33"/>
        <source>Customer</source>
        <translation>거래처</translation>
    </message>
    <message>
        <location filename="../../ui/models/job_table_model.py" line="34"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/models/job_table_model.py" line="35"/>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <location filename="../../ui/models/job_table_model.py" line="36"/>
        <source>Due</source>
        <translation>납기</translation>
    </message>
    <message>
        <location filename="../../ui/models/job_table_model.py" line="37"/>
        <source>Updated</source>
        <translation>수정일시</translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <location filename="../../ui/jobs_page.py" line="101"/>
        <source>Loading jobs</source>
        <translation>작업 목록 불러오는 중</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_page.py" line="132"/>
        <source>Creating job</source>
        <translation>작업 만드는 중</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_page.py" line="205"/>
        <source>Search jobs: number, title, customer…  (Ctrl+F)</source>
        <translation>작업 검색: 번호, 작업명, 거래처…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_page.py" line="206"/>
        <source>+ New job</source>
        <translation>+ 새 작업</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_page.py" line="210"/>
        <source>Open jobs</source>
        <translation>진행 중인 작업</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_page.py" line="211"/>
        <source>All jobs</source>
        <translation>전체 작업</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Inquiry</source>
        <translation>문의</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Quoting</source>
        <translation>견적 중</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Quoted</source>
        <translation>견적 발송</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Accepted</source>
        <translation>수주</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>In production</source>
        <translation>제작 중</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Quality check</source>
        <translation>품질 검사</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Delivered</source>
        <translation>납품 완료</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Closed</source>
        <translation>종결</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>On hold</source>
        <translation>보류</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Cancelled</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Revise quote</source>
        <translation>견적 수정</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Back to production</source>
        <translation>재작업 (제작으로)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Resume</source>
        <translation>작업 재개</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Start quoting</source>
        <translation>견적 시작</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Mark quoted</source>
        <translation>견적 발송으로 표시</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Customer accepted</source>
        <translation>수주 확정</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Start production</source>
        <translation>제작 시작</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Start quality check</source>
        <translation>품질 검사 시작</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Mark delivered</source>
        <translation>납품 완료로 표시</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>Close job</source>
        <translation>작업 종결</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Put on hold</source>
        <translation>보류</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Cancel job</source>
        <translation>작업 취소</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>Normal</source>
        <translation>보통</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>High</source>
        <translation>높음</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Urgent</source>
        <translation>긴급</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>The file is empty.</source>
        <translation>파일이 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>The file is damaged or not in the format its name says.</source>
        <translation>파일이 손상되었거나, 확장자와 실제 파일 형식이 다릅니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>This file type is not supported. Use STL, OBJ, PLY, OFF, 3MF or glTF.</source>
        <translation>지원하지 않는 파일 형식입니다. STL, OBJ, PLY, OFF, 3MF, glTF 파일을 사용하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>The file is too large to open.</source>
        <translation>파일이 너무 커서 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>The file contains invalid coordinates (not numbers).</source>
        <translation>파일에 잘못된 좌표(숫자가 아닌 값)가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>The file contains no surfaces.</source>
        <translation>파일에 면(서피스)이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>The file could not be read.</source>
        <translation>파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>A job that is &apos;%1&apos; cannot become &apos;%2&apos;. Possible next steps: %3.</source>
        <translation>&apos;%1&apos; 상태의 작업은 &apos;%2&apos; 상태로 바꿀 수 없습니다. 가능한 다음 단계: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>This workspace was saved by a newer version of Maker Square. Update Maker Square to open it; the workspace was not changed.</source>
        <translation>이 워크스페이스는 더 새로운 버전의 Maker Square에서 저장되었습니다. 열려면 Maker Square를 업데이트하세요. 워크스페이스는 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>This file is not a Maker Square workspace; it was not changed.</source>
        <translation>이 파일은 Maker Square 워크스페이스가 아닙니다. 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>No workspace was found at %1.</source>
        <translation>%1에서 워크스페이스를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>The disk is full. Free some space and try again; nothing was lost.</source>
        <translation>디스크 공간이 부족합니다. 공간을 확보한 뒤 다시 시도하세요. 잃어버린 데이터는 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>This quote revision was sent and cannot change. Make a new revision to edit it.</source>
        <translation>이 차수의 견적서는 이미 발송되어 변경할 수 없습니다. 수정하려면 새 차수를 만드세요.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="120"/>
        <source>Could not import %1: %2</source>
        <translation>%1 파일을 가져오지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="126"/>
        <source>This workspace already holds the demo.</source>
        <translation>이 워크스페이스에는 이미 데모 데이터가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128"/>
        <source>The demo goes into a new, empty workspace; this one already has work.</source>
        <translation>데모는 비어 있는 새 워크스페이스에만 만들 수 있습니다. 이 워크스페이스에는 이미 데이터가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="133"/>
        <source>It no longer exists; it may have been deleted.</source>
        <translation>해당 항목을 찾을 수 없습니다. 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="135"/>
        <source>Permission denied: %1</source>
        <translation>접근 권한이 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="137"/>
        <source>The file system reported an error: %1</source>
        <translation>파일 시스템 오류: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="140"/>
        <source>Something went wrong.</source>
        <translation>문제가 발생했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="145"/>
        <source>Enter a title for the job.</source>
        <translation>작업명을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="146"/>
        <source>Enter the customer&apos;s name.</source>
        <translation>거래처명을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="147"/>
        <source>The business registration number is not valid.</source>
        <translation>사업자등록번호가 올바르지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="148"/>
        <source>Enter an item name for the line.</source>
        <translation>품목명을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="149"/>
        <source>The quantity must be a whole number, 0 or more.</source>
        <translation>수량은 0 이상의 정수로 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="150"/>
        <source>The unit price must be a whole number of won, 0 or more.</source>
        <translation>단가는 0 이상의 정수(원 단위)로 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="153"/>
        <source>The validity date cannot be before the issue date.</source>
        <translation>유효기한은 견적일보다 앞설 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="154"/>
        <source>Add at least one line to the quote first.</source>
        <translation>먼저 견적서에 품목을 한 개 이상 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="155"/>
        <source>A value is not valid.</source>
        <translation>입력값이 올바르지 않습니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>Maker Square</source>
        <translation>Maker Square</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>Jobs</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>Quotes</source>
        <translation>견적</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>&amp;New job…</source>
        <translation>새 작업(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>&amp;Import design…</source>
        <translation>디자인 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>&amp;Back up workspace now</source>
        <translation>지금 워크스페이스 백업(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>&amp;Find job</source>
        <translation>작업 찾기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>&amp;About Maker Square</source>
        <translation>Maker Square 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>● Offline — working locally</source>
        <translation>● 오프라인 — 이 컴퓨터에서 작업 중</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>Not connected to the square. Everything is saved in this workspace.</source>
        <translation>Maker Square 온라인에 연결되어 있지 않습니다. 모든 내용은 이 워크스페이스에 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>Workspace: %1</source>
        <translation>워크스페이스: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source> (+%1 more)</source>
        <translation> (외 %1건)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>Backed up to %1</source>
        <translation>백업 완료: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>Backing up</source>
        <translation>백업 중</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>About Maker Square</source>
        <translation>Maker Square 정보</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290"/>
        <source>Maker Square %1
Jobs, quotes and 3D designs for small makers.</source>
        <translation>Maker Square %1
작은 공방과 제작 업체를 위한 작업·견적·3D 디자인 관리</translation>
    </message>
    <message>
        <location filename="../../ui/gui.py" line="115"/>
        <source>Building the demo workspace</source>
        <translation>데모 워크스페이스 만드는 중</translation>
    </message>
    <message>
        <location filename="../../ui/gui.py" line="117"/>
        <source>Opening workspace</source>
        <translation>워크스페이스 여는 중</translation>
    </message>
</context>
<context>
    <name>NewJobDialog</name>
    <message>
        <location filename="../../ui/new_job_dialog.py" line="28"/>
        <source>New job</source>
        <translation>새 작업</translation>
    </message>
    <message>
        <location filename="../../ui/new_job_dialog.py" line="32"/>
        <source>e.g. Silver ring prototype, size 13</source>
        <translation>예: 은반지 시제품, 13호</translation>
    </message>
    <message>
        <location filename="../../ui/new_job_dialog.py" line="39"/>
        <source>Customer name</source>
        <translation>거래처명</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="vanished">납기일</translation>
    </message>
    <message>
        <location filename="../../ui/new_job_dialog.py" line="40"/>
        <source>Set</source>
        <translation>지정</translation>
    </message>
    <message>
        <location filename="../../ui/new_job_dialog.py" line="58"/>
        <source>Title</source>
        <translation>작업명</translation>
    </message>
    <message>
        <location filename="../../ui/new_job_dialog.py" line="59"/>
        <source>Customer</source>
        <translation>거래처</translation>
    </message>
    <message>
        <location filename="../../ui/new_job_dialog.py" line="60"/>
        <source>Due</source>
        <translation>납기</translation>
    </message>
    <message>
        <location filename="../../ui/new_job_dialog.py" line="61"/>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <location filename="../../ui/new_job_dialog.py" line="66"/>
        <source>Create job</source>
        <translation>작업 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/new_job_dialog.py" line="73"/>
        <source>Enter a title for the job.</source>
        <translation>작업명을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <location filename="../../ui/quote_dialog.py" line="182"/>
        <source>Quote %1</source>
        <translation>견적서 %1</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="185"/>
        <source>Revision %1</source>
        <translation>%1차</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="187"/>
        <source>Sent</source>
        <translation>발송 완료</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="187"/>
        <source>Draft</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="216"/>
        <source>%1 won</source>
        <translation>%1원</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="238"/>
        <location filename="../../ui/quote_dialog.py" line="261"/>
        <location filename="../../ui/quote_dialog.py" line="322"/>
        <source>Saving quote</source>
        <translation>견적서 저장 중</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="247"/>
        <source>New item</source>
        <translation>새 품목</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="297"/>
        <location filename="../../ui/quote_dialog.py" line="396"/>
        <source>Mark as sent</source>
        <translation>발송 완료로 표시</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="299"/>
        <source>Once sent, this revision is frozen; later changes make a new revision. Mark it as sent?</source>
        <translation>발송 완료로 표시하면 이 차수는 더 이상 수정할 수 없고, 이후 변경 사항은 새 차수로 만들어집니다. 발송 완료로 표시할까요?</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="339"/>
        <source>Save quote as PDF</source>
        <translation>견적서를 PDF로 저장</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="339"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="353"/>
        <source>Writing PDF</source>
        <translation>PDF 만드는 중</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="360"/>
        <source>Saved %1</source>
        <translation>저장 완료: %1</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="365"/>
        <location filename="../../ui/quote_dialog.py" line="371"/>
        <source>Quote</source>
        <translation>견적서</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="374"/>
        <source>This revision was sent and is frozen. To change it, make a new revision; this one stays as it was.</source>
        <translation>이 차수는 발송되어 수정할 수 없습니다. 변경하려면 새 차수를 만드세요. 이 차수는 그대로 보존됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="380"/>
        <location filename="../../ui/quote_dialog.py" line="391"/>
        <source>VAT</source>
        <translation>부가세</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="380"/>
        <source>Rounding</source>
        <translation>단수 처리</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="380"/>
        <source>Valid until</source>
        <translation>유효기한</translation>
    </message>
    <message>
        <source>VAT extra (+10 %)</source>
        <translation type="vanished">부가세 별도 (+10%)</translation>
    </message>
    <message>
        <source>VAT included</source>
        <translation type="vanished">부가세 포함</translation>
    </message>
    <message>
        <source>Round down</source>
        <translation type="vanished">절사</translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="vanished">반올림</translation>
    </message>
    <message>
        <source>Round up</source>
        <translation type="vanished">절상</translation>
    </message>
    <message>
        <source>%1 to %2 won</source>
        <translation type="vanished">%2원 단위 %1</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="386"/>
        <source>+ Add line</source>
        <translation>+ 품목 추가</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="387"/>
        <source>Remove line</source>
        <translation>품목 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="388"/>
        <source>Notes (printed on the quote)</source>
        <translation>비고 (견적서에 인쇄됨)</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="391"/>
        <source>Supply amount</source>
        <translation>공급가액</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="391"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="395"/>
        <source>Save as PDF…</source>
        <translation>견적서 PDF로 저장…</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="397"/>
        <source>New revision</source>
        <translation>새 차수 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/quote_dialog.py" line="398"/>
        <source>Close</source>
        <translation>닫기</translation>
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
        <location filename="../../ui/quote_terms.py" line="33"/>
        <source>VAT extra (+10 %)</source>
        <translation>부가세 별도 (+10%)</translation>
    </message>
    <message>
        <location filename="../../ui/quote_terms.py" line="33"/>
        <source>VAT included</source>
        <translation>부가세 포함</translation>
    </message>
    <message>
        <location filename="../../ui/quote_terms.py" line="43"/>
        <source>Round down</source>
        <translation>절사</translation>
    </message>
    <message>
        <location filename="../../ui/quote_terms.py" line="44"/>
        <source>Round</source>
        <translation>반올림</translation>
    </message>
    <message>
        <location filename="../../ui/quote_terms.py" line="45"/>
        <source>Round up</source>
        <translation>절상</translation>
    </message>
    <message>
        <location filename="../../ui/quote_terms.py" line="49"/>
        <source>%1 to %2 won</source>
        <translation>%2원 단위 %1</translation>
    </message>
</context>
<context>
    <name>QuotesPage</name>
    <message>
        <location filename="../../ui/quotes_page.py" line="75"/>
        <source>Sent</source>
        <translation>발송 완료</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page.py" line="75"/>
        <source>Draft</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page.py" line="112"/>
        <source>Quotes</source>
        <translation>견적서</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page.py" line="113"/>
        <source>Open quote</source>
        <translation>견적서 열기</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page.py" line="114"/>
        <source>Go to job</source>
        <translation>작업으로 이동</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page.py" line="117"/>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page.py" line="118"/>
        <source>Rev.</source>
        <translation>차수</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page.py" line="119"/>
        <source>Job</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page.py" line="120"/>
        <source>Customer</source>
        <translation>거래처</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page.py" line="121"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page.py" line="122"/>
        <source>Date</source>
        <translation>견적일</translation>
    </message>
    <message>
        <location filename="../../ui/quotes_page.py" line="123"/>
        <source>Total (won)</source>
        <translation>합계 (원)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="223"/>
        <source>%1 of 10 digits</source>
        <translation>10자리 중 %1자리</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="226"/>
        <source>✓ valid</source>
        <translation>✓ 올바른 번호</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="229"/>
        <source>✗ check digit does not match</source>
        <translation>✗ 검증번호가 맞지 않습니다</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="234"/>
        <source>Seal image</source>
        <translation>도장 이미지</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="234"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>이미지 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Not an image</source>
        <translation type="vanished">이미지 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="272"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="282"/>
        <source>Saving profile</source>
        <translation>사업자 정보 저장 중</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="288"/>
        <source>Saved</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="309"/>
        <source>Saving settings</source>
        <translation>설정 저장 중</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="373"/>
        <source>Saving catalogue</source>
        <translation>장비·재료 저장 중</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="244"/>
        <location filename="../../ui/settings_page.py" line="384"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="245"/>
        <source>This file is not an image Maker Square can read.</source>
        <translation>Maker Square가 읽을 수 있는 이미지 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="388"/>
        <location filename="../../ui/settings_page.py" line="389"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="390"/>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="391"/>
        <source>Business profile (printed on quotes)</source>
        <translation>사업자 정보 (견적서에 인쇄됨)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="393"/>
        <source>Business name (상호)</source>
        <translation>상호</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="394"/>
        <source>Representative (대표자)</source>
        <translation>대표자</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="395"/>
        <source>Registration no. (사업자등록번호)</source>
        <translation>사업자등록번호</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="396"/>
        <source>Address</source>
        <translation>사업장 주소</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="397"/>
        <source>Business type (업태)</source>
        <translation>업태</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="398"/>
        <source>Business item (종목)</source>
        <translation>종목</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="399"/>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="400"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="404"/>
        <source>Seal (도장)</source>
        <translation>도장</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="405"/>
        <source>Choose image…</source>
        <translation>이미지 선택…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="406"/>
        <source>Save profile</source>
        <translation>사업자 정보 저장</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="407"/>
        <source>New quotes</source>
        <translation>새 견적서 기본값</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="410"/>
        <source>VAT</source>
        <translation>부가세</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="410"/>
        <source>Rounding</source>
        <translation>단수 처리</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="410"/>
        <source>Valid for (days)</source>
        <translation>유효기간 (일)</translation>
    </message>
    <message>
        <source>VAT extra (+10 %)</source>
        <translation type="vanished">부가세 별도 (+10%)</translation>
    </message>
    <message>
        <source>VAT included</source>
        <translation type="vanished">부가세 포함</translation>
    </message>
    <message>
        <source>Round down</source>
        <translation type="vanished">절사</translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="vanished">반올림</translation>
    </message>
    <message>
        <source>Round up</source>
        <translation type="vanished">절상</translation>
    </message>
    <message>
        <source>%1 to %2 won</source>
        <translation type="vanished">%2원 단위 %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="418"/>
        <source>Machines</source>
        <translation>장비</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="421"/>
        <location filename="../../ui/settings_page.py" line="431"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="422"/>
        <location filename="../../ui/settings_page.py" line="432"/>
        <source>Process</source>
        <translation>공정</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="423"/>
        <source>Build volume (mm)</source>
        <translation>최대 가공 크기 (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="424"/>
        <source>Rate (won/h)</source>
        <translation>시간당 단가 (원)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="425"/>
        <source>Setup (won)</source>
        <translation>셋업비 (원)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="428"/>
        <source>Materials</source>
        <translation>재료</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="433"/>
        <source>Density (g/cm³)</source>
        <translation>밀도 (g/cm³)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="434"/>
        <source>Price (won/kg)</source>
        <translation>kg당 단가 (원)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../ui/cli.py" line="86"/>
        <source>Workspace: %1</source>
        <translation>워크스페이스: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="87"/>
        <source>Schema revision: %1</source>
        <translation>스키마 버전: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="88"/>
        <source>Journal: %1</source>
        <translation>저널 모드: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="94"/>
        <source>Integrity: %1</source>
        <translation>무결성 검사: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="96"/>
        <source>Foreign key problems: %1</source>
        <translation>외래 키 문제: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="101"/>
        <source>Missing design files: %1</source>
        <translation>누락된 디자인 파일: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="106"/>
        <source>Damaged design files: %1</source>
        <translation>손상된 디자인 파일: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="112"/>
        <source>the workspace has problems (see above)</source>
        <translation>워크스페이스에 문제가 있습니다 (위 내용 참조)</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="117"/>
        <source>Backed up to %1</source>
        <translation>백업 완료: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="132"/>
        <source>Demo workspace ready: %1</source>
        <translation>데모 워크스페이스 준비 완료: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="149"/>
        <source>Saved %1</source>
        <translation>저장 완료: %1</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation type="vanished">내부 오류</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/gui.py" line="110"/>
        <source>Maker Square</source>
        <translation>Maker Square</translation>
    </message>
    <message>
        <source>Building the demo workspace</source>
        <translation type="vanished">데모 워크스페이스 만드는 중</translation>
    </message>
    <message>
        <source>Opening workspace</source>
        <translation type="vanished">워크스페이스 여는 중</translation>
    </message>
</context>
</TS>
