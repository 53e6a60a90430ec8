using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Remnant.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Tracing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchKey",
                table: "Parties",
                type: "text",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "DiversionPoints",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ItemId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LastLegalHolderId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FirstIllicitHolderId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DivertedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    MarkedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MarkedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RetractedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RetractedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RetractionReason = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DiversionPoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DiversionPoints_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DiversionPoints_Parties_FirstIllicitHolderId",
                        column: x => x.FirstIllicitHolderId,
                        principalTable: "Parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DiversionPoints_Parties_LastLegalHolderId",
                        column: x => x.LastLegalHolderId,
                        principalTable: "Parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TraceRequests",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecipientPartyId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Questions = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    ItemIds = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AcknowledgedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AnswerSummary = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    RefusedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    NoResponseOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RetractedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RetractedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RetractionReason = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TraceRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TraceRequests_Parties_RecipientPartyId",
                        column: x => x.RecipientPartyId,
                        principalTable: "Parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TraceReminders",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TraceRequestId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RemindedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TraceReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TraceReminders_TraceRequests_TraceRequestId",
                        column: x => x.TraceRequestId,
                        principalTable: "TraceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Transfers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FromPartyId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ToPartyId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ItemIds = table.Column<string>(type: "TEXT", nullable: false),
                    LotNumber = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LotKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SerialFrom = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SerialTo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RangePrefix = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RangeSuffix = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RangeStart = table.Column<long>(type: "INTEGER", nullable: true),
                    RangeEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    RangeDigits = table.Column<int>(type: "INTEGER", nullable: true),
                    Documents = table.Column<string>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceDetail = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    Confidence = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Licence = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TraceRequestId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RetractedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RetractedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RetractionReason = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Transfers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Transfers_Parties_FromPartyId",
                        column: x => x.FromPartyId,
                        principalTable: "Parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Transfers_Parties_ToPartyId",
                        column: x => x.ToPartyId,
                        principalTable: "Parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Transfers_TraceRequests_TraceRequestId",
                        column: x => x.TraceRequestId,
                        principalTable: "TraceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Parties_Country",
                table: "Parties",
                column: "Country");

            migrationBuilder.CreateIndex(
                name: "IX_Parties_Kind",
                table: "Parties",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_DiversionPoints_FirstIllicitHolderId",
                table: "DiversionPoints",
                column: "FirstIllicitHolderId");

            migrationBuilder.CreateIndex(
                name: "IX_DiversionPoints_ItemId",
                table: "DiversionPoints",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_DiversionPoints_LastLegalHolderId",
                table: "DiversionPoints",
                column: "LastLegalHolderId");

            migrationBuilder.CreateIndex(
                name: "IX_TraceReminders_TraceRequestId",
                table: "TraceReminders",
                column: "TraceRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_TraceRequests_RecipientPartyId",
                table: "TraceRequests",
                column: "RecipientPartyId");

            migrationBuilder.CreateIndex(
                name: "IX_TraceRequests_Status",
                table: "TraceRequests",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_FromPartyId",
                table: "Transfers",
                column: "FromPartyId");

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_LotKey",
                table: "Transfers",
                column: "LotKey");

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_RangePrefix",
                table: "Transfers",
                column: "RangePrefix");

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_ToPartyId",
                table: "Transfers",
                column: "ToPartyId");

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_TraceRequestId",
                table: "Transfers",
                column: "TraceRequestId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DiversionPoints");

            migrationBuilder.DropTable(
                name: "TraceReminders");

            migrationBuilder.DropTable(
                name: "Transfers");

            migrationBuilder.DropTable(
                name: "TraceRequests");

            migrationBuilder.DropIndex(
                name: "IX_Parties_Country",
                table: "Parties");

            migrationBuilder.DropIndex(
                name: "IX_Parties_Kind",
                table: "Parties");

            migrationBuilder.DropColumn(
                name: "SearchKey",
                table: "Parties");
        }
    }
}
