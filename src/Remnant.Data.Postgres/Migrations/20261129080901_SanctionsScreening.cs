using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Remnant.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SanctionsScreening : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PartyScreeningFlags",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PartyId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StableId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Reference = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    ListedName = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: false),
                    SnapshotId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    FlaggedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Change = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Decision = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartyScreeningFlags", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SanctionsSnapshots",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Source = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    GeneratedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    PartyCount = table.Column<int>(type: "integer", nullable: false),
                    Added = table.Column<int>(type: "integer", nullable: false),
                    Removed = table.Column<int>(type: "integer", nullable: false),
                    Changed = table.Column<int>(type: "integer", nullable: false),
                    DiffJson = table.Column<string>(type: "text", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SanctionsSnapshots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScreeningDecisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Subject = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StableId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Decision = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Who = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScreeningDecisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScreeningLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Who = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Channel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Query = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Snapshots = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Matches = table.Column<int>(type: "integer", nullable: false),
                    ResultJson = table.Column<string>(type: "text", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScreeningLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SanctionsListings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SnapshotId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    StableId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Reference = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    PrimaryName = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Schema = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Json = table.Column<string>(type: "text", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SanctionsListings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SanctionsListings_SanctionsSnapshots_SnapshotId",
                        column: x => x.SnapshotId,
                        principalTable: "SanctionsSnapshots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PartyScreeningFlags_PartyId_Source_StableId",
                table: "PartyScreeningFlags",
                columns: new[] { "PartyId", "Source", "StableId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SanctionsListings_SnapshotId_StableId",
                table: "SanctionsListings",
                columns: new[] { "SnapshotId", "StableId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SanctionsSnapshots_Source_ContentHash",
                table: "SanctionsSnapshots",
                columns: new[] { "Source", "ContentHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScreeningDecisions_Subject_Source_StableId",
                table: "ScreeningDecisions",
                columns: new[] { "Subject", "Source", "StableId" });

            migrationBuilder.CreateIndex(
                name: "IX_ScreeningLog_At",
                table: "ScreeningLog",
                column: "At");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PartyScreeningFlags");

            migrationBuilder.DropTable(
                name: "SanctionsListings");

            migrationBuilder.DropTable(
                name: "ScreeningDecisions");

            migrationBuilder.DropTable(
                name: "ScreeningLog");

            migrationBuilder.DropTable(
                name: "SanctionsSnapshots");
        }
    }
}
